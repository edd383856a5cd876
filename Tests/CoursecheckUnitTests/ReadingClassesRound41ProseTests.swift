import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 41: Questions 5 and 6 written in prose — a
/// clause naming the triplet's roles, then the gradients by "with respect
/// to"; a paragraph per triplet opened by its ordinal and members, no
/// sub-headings; the six gradients "with respect to f_1 through f_6, in
/// that order"; a value taken back in the sentence ("wait, that should be
/// …") (found beside unseen75 and unseen76; written here in other words
/// than their sheets'). Verdicts by hand from the assignment's triplet t_2
/// = (1, 3, 4): the anchor f_1 gets f_4 − f_3, the positive f_3 gets f_3 −
/// f_1, the negative f_4 gets f_1 − f_4, the others 0; and t_3 = (2, 1,
/// 6): f_2 gets f_6 − f_1, f_1 gets f_1 − f_2, f_6 gets f_2 − f_6.
@Suite("Classes of notation, round 41: Questions 5 and 6 in prose")
struct ReadingClassesRound41ProseTests {
    typealias C = SheetClassesTests

    static func question52(_ text: String) -> String { "## Question 5\n\n### 5.2\n\n\(text)\n" }
    static func question5(_ text: String) -> String { "## Question 5\n\n\(text)\n" }
    static let part2 = (1...6).map { "part2.q5.2.f_\($0)" }
    static let rest2 = ["part2.q5.2.f_2", "part2.q5.2.f_5", "part2.q5.2.f_6"]
    static func stray(_ c: [String: Check]) -> [String] { c.keys.filter { $0.contains("@") }.sorted() }

    // MARK: The roles named, then the values by "with respect to"

    @Test("Samples named as the roles' players before 'the gradient with respect to' are not that value's", arguments: [
        ("In this triplet the anchor is $f_1$, the positive $f_3$ and the negative $f_4$, hence the derivative with respect to $f_1$ is $f_4 - f_3$, with respect to $f_3$ it is $f_3 - f_1$, and with respect to $f_4$ it is $f_1 - f_4$. The derivatives with respect to $f_2$, $f_5$ and $f_6$ are 0.", "sheet.md"),
        ("In this triplet the anchor is f1, the positive f3 and the negative f4, hence the derivative with respect to f1 is f4 - f3, with respect to f3 it is f3 - f1, and with respect to f4 it is f1 - f4. The derivatives with respect to f2, f5 and f6 are 0.", "sheet.txt"),
        ("Anchor $f_1$, positive $f_3$, negative $f_4$, so the gradient w.r.t. the anchor $f_1$ is $f_4 - f_3$, w.r.t. $f_3$ it is $f_3 - f_1$ and w.r.t. $f_4$ it is $f_1 - f_4$. The gradients w.r.t. $f_2$, $f_5$ and $f_6$ are $0$.", "sheet.md"),
    ])
    func rolesThenRespect(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question52(text), name: name)
        C.expectRead(c, Self.part2)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
    }

    @Test("A wrong value after the roles' clause reads incorrect, the others as written")
    func rolesThenRespectWrong() throws {
        let c = try C.checks(Self.question52("Here the anchor is $f_1$, the positive $f_3$ and the negative $f_4$, so the gradient with respect to $f_1$ is $f_3 - f_4$, with respect to $f_3$ it is $f_3 - f_1$, and with respect to $f_4$ it is $f_1 - f_4$. The gradients with respect to $f_2$, $f_5$ and $f_6$ are 0."))
        C.expectRead(c, ["part2.q5.2.f_1"], .incorrect)
        C.expectRead(c, ["part2.q5.2.f_3", "part2.q5.2.f_4"] + Self.rest2)
    }

    @Test("Samples named after 'with respect to', then 'and with respect to', still share one value")
    func respectByAnd() throws {
        let c = try C.checks(Self.question52("The anchor is $f_1$. The gradient with respect to $f_1$ is $f_4 - f_3$, with respect to $f_3$ it is $f_3 - f_1$ and with respect to $f_4$ it is $f_1 - f_4$; with respect to $f_2$, and with respect to $f_5$ and $f_6$, it is $0$."))
        C.expectRead(c, Self.part2)
    }

    // MARK: A paragraph per triplet opened by its ordinal and members

    @Test("'For the third triplet, (2, 1, 6), …' states t_3 and labels its paragraph, with no sub-heading", arguments: [
        ("For the third triplet, (2, 1, 6), the anchor is $f_2$, the positive $f_1$ and the negative $f_6$, so the gradient with respect to $f_2$ is $f_6 - f_1$, with respect to $f_1$ it is $f_1 - f_2$, and with respect to $f_6$ it is $f_2 - f_6$. The gradients with respect to $f_3$, $f_4$ and $f_5$ are 0.", "sheet.md"),
        ("For the third triplet, (2, 1, 6), the anchor is f2, the positive f1 and the negative f6, so the gradient with respect to f2 is f6 - f1, with respect to f1 it is f1 - f2, and with respect to f6 it is f2 - f6. The gradients with respect to f3, f4 and f5 are 0.", "sheet.txt"),
        ("In the third triplet (f_2, f_1, f_6): the gradient with respect to f_2 is f_6 - f_1, w.r.t. f_1 it is f_1 - f_2 and w.r.t. f_6 it is f_2 - f_6; for f_3, f_4 and f_5 it is 0.", "sheet.txt"),
        ("Triplet 3, (2, 1, 6), gives $\\frac{\\partial L}{\\partial f_2} = f_6 - f_1$, $\\frac{\\partial L}{\\partial f_1} = f_1 - f_2$, $\\frac{\\partial L}{\\partial f_6} = f_2 - f_6$, and $0$ for the others.", "sheet.md"),
    ])
    func ordinalOpening(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question5(text), name: name)
        C.expectRead(c, (1...6).map { "part2.q5.3.f_\($0)" })
        #expect(c["part2.q5.triplets"]?.status != .incorrect, "\(c["part2.q5.triplets"]?.evidence ?? "absent")")
    }

    @Test("A planted wrong value in a paragraph opened by its ordinal reads incorrect")
    func ordinalOpeningWrongValue() throws {
        let c = try C.checks(Self.question5("For the third triplet, (2, 1, 6), the anchor is f2, the positive f1 and the negative f6, so the gradient with respect to f2 is f6 - f1, with respect to f1 it is f2 - f1, and with respect to f6 it is f2 - f6. The gradients with respect to f3, f4 and f5 are 0."), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.3.f_1"], .incorrect)
        C.expectRead(c, ["part2.q5.3.f_2", "part2.q5.3.f_6"])
    }

    @Test("An ordinal with members that are not that triplet's labels nothing and is reported, never read correct")
    func ordinalOpeningWrongMembers() throws {
        let c = try C.checks(Self.question5("For the third triplet, (2, 1, 5), the anchor is $f_2$, the positive $f_1$ and the negative $f_5$, so the gradient with respect to $f_2$ is $f_5 - f_1$, with respect to $f_1$ it is $f_1 - f_2$, and with respect to $f_5$ it is $f_2 - f_5$."))
        C.expectRead(c, ["part2.q5.triplets"], .incorrect)
        for id in ["part2.q5.3.f_2", "part2.q5.3.f_5", "part2.q5.3.f_6"] { #expect(c[id]?.status != .correct, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    // MARK: The six gradients "with respect to f_1 through f_6, in that order"

    @Test("'with respect to f_1 through f_6, in that order, are …' gives the values in turn", arguments: [
        ("The six gradients with respect to $f_1$ through $f_6$, in that order, are $f_4 - f_3$, $0$, $f_3 - f_1$, $f_1 - f_4$, $0$ and $0$.", "sheet.md"),
        ("The six gradients with respect to f1 through f6, in that order, are f4 - f3, 0, f3 - f1, f1 - f4, 0 and 0.", "sheet.txt"),
        ("The gradients with respect to f₁ thru f₆, in that order, are f₄ − f₃, 0, f₃ − f₁, f₁ − f₄, 0 and 0.", "sheet.txt"),
        ("The gradients with respect to $\\mathbf{f}_1$ through $\\mathbf{f}_6$ are $f_4 - f_3$, $0$, $f_3 - f_1$, $f_1 - f_4$, $0$, $0$ respectively.", "sheet.md"),
    ])
    func throughRange(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question52(text), name: name)
        C.expectRead(c, Self.part2)
        #expect(Self.stray(c).isEmpty, "\(Self.stray(c))")
    }

    @Test("Values through a range with two swapped read incorrect, never correct", arguments: [
        ("The six gradients with respect to $f_1$ through $f_6$, in that order, are $f_4 - f_3$, $0$, $f_1 - f_4$, $f_3 - f_1$, $0$ and $0$.", "sheet.md"),
        ("The six gradients with respect to f1 through f6, in that order, are f4 - f3, 0, f1 - f4, f3 - f1, 0 and 0.", "sheet.txt"),
    ])
    func throughRangeSwapped(_ text: String, _ name: String) throws {
        let c = try C.checks(Self.question52(text), name: name)
        C.expectRead(c, ["part2.q5.2.f_3", "part2.q5.2.f_4"], .incorrect)
        C.expectRead(c, ["part2.q5.2.f_1"] + Self.rest2)
    }

    @Test("Fewer values than the range names leave the samples not reached to a person")
    func throughRangeShort() throws {
        let c = try C.checks(Self.question52("The gradients with respect to f1 through f6, in that order, are f4 - f3, 0, f3 - f1 and f1 - f4."), name: "sheet.txt")
        for id in ["part2.q5.2.f_5", "part2.q5.2.f_6"] { #expect(c[id]?.status != .correct && c[id]?.status != .incorrect, "\(id): \(c[id]?.status.rawValue ?? "absent")") }
    }

    @Test("A value in turn that cannot be read is for a person; the values after it keep their places")
    func throughRangeUnread() throws {
        let c = try C.checks(Self.question52("The gradients with respect to f1 through f6, in that order, are f4 - f3, 0, f3 - f1 + g, f1 - f4, 0 and 0."), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.2.f_3"], .unparsable)
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_4"] + Self.rest2)
    }

    @Test("A value in words opening values in turn is no value of all the samples named", arguments: [
        ("The six gradients with respect to f1 through f6, in that order, are 0, f4 - f3, 0, f3 - f1, f1 - f4 and 0.", Status.incorrect),
        ("The six gradients with respect to f1 through f6, in that order, are f4 - f3, 0, f3 - f1, f1 - f4, 0 and 0.", Status.correct),
    ])
    func throughRangeOpeningZero(_ text: String, _ f1: Status) throws {
        let c = try C.checks(Self.question52(text), name: "sheet.txt")
        C.expectRead(c, ["part2.q5.2.f_1"], f1)
        #expect(c["part2.q5.2.f_6"]?.status == .correct, "\(c["part2.q5.2.f_6"]?.evidence ?? "absent")")
    }

    // MARK: A value taken back in its sentence

    @Test("'…, wait, that should be B' after a value stated for one sample: B is its answer", arguments: [
        ("The gradient with respect to $f_1$ is $f_4 - f_3$, with respect to $f_3$ it is $f_3 - f_1$, and with respect to $f_4$ it is $f_4 - f_1$, wait, that should be $f_1 - f_4$. The others are 0.", "sheet.md", Status.correct),
        ("The gradient with respect to f1 is f4 - f3, with respect to f3 it is f1 - f3, wait, that should be f3 - f1, and with respect to f4 it is f1 - f4. The others are 0.", "sheet.txt", Status.correct),
        ("The gradient with respect to $f_1$ is $f_3 - f_4$ (sorry, I mean $f_4 - f_3$), with respect to $f_3$ it is $f_3 - f_1$, and with respect to $f_4$ it is $f_1 - f_4$. The others are 0.", "sheet.md", Status.correct),
        // Planted slip: the correction is the wrong one.
        ("The gradient with respect to $f_1$ is $f_4 - f_3$, with respect to $f_3$ it is $f_3 - f_1$, and with respect to $f_4$ it is $f_1 - f_4$, wait, that should be $f_4 - f_1$. The others are 0.", "sheet.md", Status.incorrect),
        ("The gradient with respect to $f_1$ is $f_4 - f_3$, with respect to $f_3$ it is $f_3 - f_1$, and with respect to $f_4$ it is $f_1 - f_4$ (sorry, I mean $f_4 - f_1$). The others are 0.", "sheet.md", Status.incorrect),
    ])
    func correctionInSentence(_ text: String, _ name: String, _ status: Status) throws {
        let c = try C.checks(Self.question52(text), name: name)
        C.expectRead(c, ["part2.q5.2.f_1", "part2.q5.2.f_3"] + Self.rest2)
        C.expectRead(c, ["part2.q5.2.f_4"], status)
    }
}
