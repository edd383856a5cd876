import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation, round 36: Question 5's zeros said in a sentence
/// after a part's rows ("the remaining ones get a zero gradient", "all
/// other f's: 0", "nothing for the samples outside this triplet"), under a
/// part's heading or under a triplet's line whose rows name its loss, and a
/// triplet's line that goes on to name its roles (`t1 = (1, 2, 5): a = 1,
/// …`). Found on unseen60 and unseen61; written here in other words than
/// the sheets'. Verdicts by hand from the assignment: t_1 = (f_1, f_2, f_5),
/// so in Question 5.1 ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 =
/// f_1 − f_5 and the derivatives of f_3, f_4, f_6 are 0.
@Suite("Classes of notation, round 36: zeros of the samples left said in a sentence, triplet lines with their roles")
struct ReadingClassesRound36ZerosTests {
    typealias C = SheetClassesTests

    static func unread(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    static let zeros51 = ["part2.q5.1.f_3", "part2.q5.1.f_4", "part2.q5.1.f_6"]
    static let nonZero51 = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]

    /// The sentences about the samples left, in several wordings.
    static let restSentences = [
        "Each remaining embedding gets a zero gradient.",
        "All the other vectors have zero derivative.",
        "The remaining ones receive nothing.",
        "All remaining f's: 0.",
        "Nothing for the remaining samples.",
        "Zero for the samples outside this triplet.",
        "Zero for the three embeddings not involved in it.",
    ]

    @Test("Under a part's heading, a sentence after the rows gives the samples left 0", arguments: restSentences)
    func restUnderHeading(_ words: String) throws {
        let sheet = "## Question 5\n\n### 5.1\n\n" + C.q51 + "\n\n" + words + "\n"
        let c = try C.checks(sheet)
        C.expectRead(c, Self.nonZero51 + Self.zeros51)
        #expect(Self.unread(c).isEmpty, "\(Self.unread(c))")
        // Planted slip: a wrong row stays incorrect beside the sentence.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "= f_1 - f_5", with: "= f_5 - f_1"))
        C.expectRead(wrong, ["part2.q5.1.f_5"], .incorrect)
        C.expectRead(wrong, Self.zeros51)
    }

    @Test("Under a triplet's line whose rows name its loss (`∂L₁/∂f₁`), in Markdown and plain text, the sentence is that triplet's", arguments: [
        ("Everything else is zero.", "sheet.md"), ("Every other vector has zero gradient.", "sheet.md"), ("All other f's: 0.", "sheet.md"),
        ("Everything else is zero.", "sheet.txt"), ("Every other vector has zero gradient.", "sheet.txt"), ("All other f's: 0.", "sheet.txt"),
        ("Zero for the three samples outside t1.", "sheet.txt"),
    ])
    func restUnderTripletLine(_ words: String, _ name: String) throws {
        let rows = "∂L₁/∂f₁ = f₅ − f₂\n∂L₁/∂f₂ = f₂ − f₁\n∂L₁/∂f₅ = f₁ − f₅\n"
        let sheet = "Question 5\n\nt1 = (1, 2, 5)\n\n" + rows + "\n" + words + "\n\nt2 = (1, 3, 4)\n\n∂L₂/∂f₁ = f₄ − f₃\n"
        let c = try C.checks(sheet, name: name)
        C.expectRead(c, Self.nonZero51 + Self.zeros51)
        // The second triplet's samples are not given the first's zeros.
        #expect(c["part2.q5.2.f_2"]?.status == .missing, "\(c["part2.q5.2.f_2"]?.status.rawValue ?? "absent")")
        // Planted slip: a wrong row of the triplet stays incorrect.
        let wrong = try C.checks(sheet.replacingOccurrences(of: "∂L₁/∂f₂ = f₂ − f₁", with: "∂L₁/∂f₂ = f₁ − f₂"), name: name)
        C.expectRead(wrong, ["part2.q5.1.f_2"], .incorrect)
    }

    @Test("A sentence that names a sample of the triplet as zero gives it 0 (a second answer), never drops it", arguments: [
        "f2, f4, f6 get nothing.", "$f_2$, $f_4$ and $f_6$ have zero gradient.",
    ])
    func namedTripletSampleIsZero(_ words: String) throws {
        let sheet = "## Question 5\n\n### 5.1\n\n" + C.q51 + "\n\n" + words + "\n"
        let c = try C.checks(sheet)
        // f_2 is t_1's positive: its 0 is read, and its answer is not correct.
        #expect(c["part2.q5.1.f_2"]?.status != .correct, "\(c["part2.q5.1.f_2"]?.status.rawValue ?? "absent")")
        C.expectRead(c, ["part2.q5.1.f_4", "part2.q5.1.f_6"])
        // f_3, left out of the sentence, is not given its zero.
        #expect(c["part2.q5.1.f_3"]?.status != .correct)
    }

    @Test("Words that are no value of the samples left give them nothing", arguments: [
        "The other samples do not change.", "Every other embedding is fixed.",
    ])
    func noValueNoZeros(_ words: String) throws {
        let c = try C.checks("## Question 5\n\n### 5.1\n\n" + C.q51 + "\n\n" + words + "\n")
        C.expectRead(c, Self.nonZero51)
        for id in Self.zeros51 { #expect(c[id]?.status != .correct, "\(id)") }
    }

    /// The assignment's triplets, each a line `tk = (a, p, n)` and then
    /// `roles` with its members put for `{a}`, `{p}` and `{n}`.
    static func tripletLines(_ roles: String) throws -> String {
        let triplets = try Assignment.load(from: PackagePaths.assignment.path).part2.triplets
        return triplets.enumerated().map { k, t in
            "t\(k + 1) = (\(t.map(String.init).joined(separator: ", ")))"
                + roles.replacingOccurrences(of: "{a}", with: "\(t[0])").replacingOccurrences(of: "{p}", with: "\(t[1])")
                    .replacingOccurrences(of: "{n}", with: "\(t[2])")
        }.joined(separator: "\n\n")
    }

    @Test("A triplet's line that goes on to name its roles states the triplet, whatever the mark before them", arguments: [
        ": a = {a}, p = {p}, n = {n}", " → a = f{a}, p = f{p}, n = f{n}", " -> a=f{a}, p=f{p}, n=f{n}",
        " (anchor {a}, positive {p}, negative {n})",
    ])
    func tripletLineWithRoles(_ roles: String) throws {
        let lines = try Self.tripletLines(roles)
        for name in ["sheet.md", "sheet.txt"] {
            let c = try C.checks("Question 5\n\n" + lines + "\n", name: name)
            C.expectRead(c, ["part2.q5.triplets"])
            // Planted slip: t_1's negative changed, in the statement and its role alike.
            let first = try Self.tripletLines(roles).components(separatedBy: "\n\n")[0]
            let wrongFirst = first.replacingOccurrences(of: "5", with: "6")
            let wrong = try C.checks("Question 5\n\n" + lines.replacingOccurrences(of: first, with: wrongFirst) + "\n", name: name)
            C.expectRead(wrong, ["part2.q5.triplets"], .incorrect)
        }
    }

    @Test("Roles after a triplet's line that contradict it are for a person, never read as agreeing")
    func tripletLineRolesContradict() throws {
        let sheet = "Question 5\n\nt1 = (1, 2, 5): a = 2, p = 1, n = 5\n\n∂L₁/∂f₁ = f₅ − f₂\n∂L₁/∂f₂ = f₂ − f₁\n∂L₁/∂f₅ = f₁ − f₅\n"
        let c = try C.checks(sheet, name: "sheet.txt")
        #expect(!Self.unread(c).isEmpty, "the contradiction is reported at its place")
    }
}
