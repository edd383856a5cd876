import CoursecheckAssignment
import CoursecheckVerification
import Testing

/// Question 5's triplet list, transcribed from the assignment by hand:
/// t_1 = (1,2,5), t_2 = (1,3,4), t_3 = (2,1,6), t_4 = (2,3,4),
/// t_5 = (3,1,5), t_6 = (5,6,2), t_7 = (6,4,3), t_8 = (6,4,2).
@Suite("Question 5's triplet list: gathered over 5.k's sections, never wrong for want of reading")
struct TripletListTests {
    typealias C = SheetClassesTests
    static let triplets = [[1, 2, 5], [1, 3, 4], [2, 1, 6], [2, 3, 4], [3, 1, 5], [5, 6, 2], [6, 4, 3], [6, 4, 2]]

    static func perSection(_ triplets: [[Int]], write: (Int, [Int]) -> String) -> String {
        "## Part II\n\n" + triplets.enumerated().map { k, t in "### Question 5.\(k + 1)\n\n" + write(k + 1, t) + "\n" }.joined(separator: "\n")
    }

    @Test("Under Question 5.k the one triplet written without its label is t_k", arguments: [
        { (_: Int, t: [Int]) in "Triplet $(\\mathbf{f}_{\(t[0])}, \\mathbf{f}_{\(t[1])}, \\mathbf{f}_{\(t[2])})$:" },
        { (_: Int, t: [Int]) in "For the triplet $[f_\(t[0]); f_\(t[1]); f_\(t[2])]$ the hinge is active." },
        { (k: Int, t: [Int]) in "$t_{\(k)} = (f_\(t[0]), f_\(t[1]), f_\(t[2]))$" },
    ] as [@Sendable (Int, [Int]) -> String])
    func perSectionTriplets(write: @Sendable (Int, [Int]) -> String) throws {
        let right = try C.checks(Self.perSection(Self.triplets, write: write))
        C.expectRead(right, ["part2.q5.triplets"])
        // t_8 copied as (6, 4, 3): read, and wrong.
        var slipped = Self.triplets
        slipped[7] = [6, 4, 3]
        let wrong = try C.checks(Self.perSection(slipped, write: write))
        C.expectRead(wrong, ["part2.q5.triplets"], .incorrect)
        #expect(wrong["part2.q5.triplets"]?.evidence.contains("t_8") == true)
    }

    @Test("Two different triplets under one Question 5.k are reported, not guessed")
    func twoInOneSection() throws {
        var sheet = Self.perSection(Self.triplets) { _, t in "Triplet $(f_\(t[0]), f_\(t[1]), f_\(t[2]))$." }
        sheet += "\nAlso $(f_1, f_3, f_5)$.\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q5.triplets"], .unparsable)
    }

    @Test("A triplet not read where Question 5 holds unread text is unparsable; one absent, or read and wrong, is incorrect")
    func unreadIsNotMissing() throws {
        let rest = "$t_2 = (f_1, f_3, f_4)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, $t_5 = (f_3, f_1, f_5)$, "
            + "$t_6 = (f_5, f_6, f_2)$, $t_7 = (f_6, f_4, f_3)$, $t_8 = (f_6, f_4, f_2)$"
        // t_1 written in a form nobody reads (a set, a calligraphic name).
        let unread = try C.checks("## Question 5\n\n$\\mathcal{T}(1) = \\{f_1, f_2, f_5\\}$\n\n\(rest)\n")
        C.expectRead(unread, ["part2.q5.triplets"], .unparsable)
        #expect(unread["part2.q5.triplets"]?.evidence.contains("t_1 not read") == true)
        // t_1 simply left out.
        let absent = try C.checks("## Question 5\n\n\(rest)\n")
        C.expectRead(absent, ["part2.q5.triplets"], .incorrect)
        // Beside the unread text, a triplet read and wrong still makes the list wrong.
        let wrong = try C.checks("## Question 5\n\n$\\mathcal{T}(1) = \\{f_1, f_2, f_5\\}$\n\n"
            + rest.replacingOccurrences(of: "t_8 = (f_6, f_4, f_2)", with: "t_8 = (f_6, f_4, f_3)") + "\n")
        C.expectRead(wrong, ["part2.q5.triplets"], .incorrect)
    }
}

/// Question 6's ∂/∂f_1 summed over the triplets (by hand: t_1 gives
/// f_5 − f_2, t_2 f_4 − f_3, t_3 f_1 − f_2, t_5 f_1 − f_3; in all
/// 2f_1 + f_4 + f_5 − 2f_2 − 2f_3).
@Suite("Heads of the loss summed over the triplets, and the primed loss with its variable below")
struct SummedHeadTests {
    typealias C = SheetClassesTests

    @Test("Question 6 headed by a sum over the triplets or a total loss reads; a slip in it is incorrect", arguments: [
        #"\sum_{t=1}^{8} \nabla_{\mathbf{f}_1} L^{(t)}"#, #"\frac{\partial \mathcal{L}_{\text{total}}}{\partial \vec{f}_{1}}"#,
        #"\sum_k \frac{\partial L_k}{\partial f_1}"#,
    ])
    func questionSix(head: String) throws {
        let right = try C.checks("## Question 6\n\n$$\(head) = 2f_1 + f_4 + f_5 - 2f_2 - 2f_3$$\n")
        C.expectRead(right, ["part2.q6.f_1"])
        let wrong = try C.checks("## Question 6\n\n$$\(head) = 2f_1 + f_4 + f_5 - 2f_2 - f_3$$\n")
        C.expectRead(wrong, ["part2.q6.f_1"], .incorrect)
    }

    @Test("A summed head outside Question 6 is reported, never another question's answer")
    func summedElsewhere() throws {
        let c = try C.checks("## Question 3\n\n$$\\sum_t \\nabla_{f_a} L^{(t)} = f_n - f_p$$\n")
        C.expectRead(c, ["part2.q3.f_a"], .unparsable)
    }

    @Test("L'_{f_a}: the primed loss with the variable as its subscript", arguments: ["L'_{f_a}", #"\mathcal{L}'_{\mathbf{f}_a}"#])
    func primedSubscript(head: String) throws {
        let right = try C.checks("## Question 3\n\n$$\(head) = f_n - f_p$$\n")
        C.expectRead(right, ["part2.q3.f_a"])
        let wrong = try C.checks("## Question 3\n\n$$\(head) = f_p - f_n$$\n")
        C.expectRead(wrong, ["part2.q3.f_a"], .incorrect)
    }
}
