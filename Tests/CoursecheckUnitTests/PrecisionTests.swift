import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Precision before recall: a reading becomes correct or incorrect only
/// when it could be defended to the student. Verdicts by hand from the
/// assignment: t_3 = (f_2, f_1, f_6), so in Question 5.3 ∂L/∂f_1 = f_1 − f_2,
/// ∂L/∂f_2 = f_6 − f_1, ∂L/∂f_6 = f_2 − f_6, and 0 for f_3, f_4, f_5;
/// Question 4: 6·5·4 = 120 ordered triplets, 6·2·3 = 36 valid (two classes
/// of three).
@Suite("Precision: readings you could defend to the student")
struct PrecisionTests {
    private func checks(_ text: String) throws -> [String: Check] {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(text.utf8), name: "sheet.md"), assignment: assignment)
        return Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id.description, $0) })
    }

    private let q53 = "## Question 5.3\n\n$$\\frac{\\partial L}{\\partial f_1} = f_1 - f_2, \\quad \\frac{\\partial L}{\\partial f_2} = f_6 - f_1, \\quad \\frac{\\partial L}{\\partial f_6} = f_2 - f_6$$\n\n"

    @Test("A value stated about other samples is theirs, not the last answer's")
    func otherSamples() throws {
        let c = try checks(q53 + "The gradient with respect to every other sample ($f_3$, $f_4$, $f_5$) is $0$.\n")
        #expect(c["part2.q5.3.f_6"]?.status == .correct)
        for i in [3, 4, 5] { #expect(c["part2.q5.3.f_\(i)"]?.status == .correct, "f_\(i)") }
        // A wrong value for them is theirs too.
        let d = try checks(q53 + "The derivatives with respect to $f_3$ and $f_4$ are $f_1$.\n")
        #expect(d["part2.q5.3.f_6"]?.status == .correct)
        #expect(d["part2.q5.3.f_3"]?.status == .incorrect)
        #expect(d["part2.q5.3.f_4"]?.status == .incorrect)
        #expect(d["part2.q5.3.f_5"]?.status == .missing)
    }

    @Test("A value stated for a role ('for the positive, the derivative is …') is that sample's, not the open answer's", arguments: [true, false])
    func forRole(right: Bool) throws {
        let value = right ? "f_2 - f_1" : "f_1 - f_2"
        let c = try checks("## Question 5.1\n\n$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$$\n\nFor the positive, the derivative is $\(value)$.\n")
        #expect(c["part2.q5.1.f_1"]?.status == .correct)
        #expect(c["part2.q5.1.f_2"]?.status == (right ? .correct : .incorrect))
    }

    @Test("A sentence that names only the open answer's own sample stays about that answer")
    func ownSample() throws {
        let c = try checks("## Question 5.1\n\n$\\frac{\\partial L}{\\partial f_1} = (f_1 - f_2) - (f_1 - f_5)$, which, since $f_1$ is the anchor, gives $f_5 - f_2$.\n")
        #expect(c["part2.q5.1.f_1"]?.status == .correct)
        #expect(c["part2.q5.1.f_1"]?.claimed.hasSuffix("f_5 - f_2") == true)
    }

    @Test("'All other derivatives are 0' gives 0 to exactly the samples not answered")
    func allOthers() throws {
        let c = try checks(q53 + "All other derivatives are $0$.\n")
        for i in [3, 4, 5] { #expect(c["part2.q5.3.f_\(i)"]?.status == .correct, "f_\(i)") }
        #expect(c["part2.q5.3.f_6"]?.status == .correct)
        // "…, others $0$": the derivatives just read make the sentence one
        // about derivatives.
        let e = try checks("**Question 5.1:** $\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$, "
            + "$\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$, others $0$.\n")
        for i in 1...6 { #expect(e["part2.q5.1.f_\(i)"]?.status == .correct, "f_\(i)") }
        // "The derivative of the other norm" is working on the open answer,
        // not a value for the other samples.
        let working = "## Question 5.3\n\n$$\\frac{\\partial L}{\\partial f_6} = -(f_2 - f_6) \\cdot (-1)$$ and the derivative of the other norm vanishes, so it is $f_2 - f_6$.\n"
        let d = try checks(working)
        #expect(d["part2.q5.3.f_6"]?.status == .correct)
        #expect(d["part2.q5.3.f_3"]?.status == .missing)
    }

    @Test("A sample named in a sentence that is not about derivatives does not take the value: it continues the answer")
    func mentionNotDerivative() throws {
        let c = try checks("## Question 5.3\n\n$$\\frac{\\partial L}{\\partial f_6} = (f_2 - f_6) \\cdot 1$$ where $f_6$ is the negative, so the answer is $f_2 - f_6$.\n")
        #expect(c["part2.q5.3.f_6"]?.status == .correct)
        #expect(c["part2.q5.3.f_3"]?.status == .missing)
    }

    @Test("Two totals in one paragraph go to the count each is said to be")
    func twoTotals() throws {
        let sheet = "## Question 4\n\nThere are $6 \\cdot 5 \\cdot 4 = 120$ ordered triplets. Valid ones: the anchor has 6 options, 2 for the positive and 3 for the negative, so $6 \\cdot 2 \\cdot 3 = 36$.\n"
        let c = try checks(sheet)
        #expect(c["part2.q4.all"]?.status == .correct)
        #expect(c["part2.q4.all"]?.claimed == "120")
        #expect(c["part2.q4.valid"]?.status == .correct)
        #expect(c["part2.q4.valid"]?.claimed == "36")
        #expect(c["part2.q4.valid.reasoning"]?.status == .correct)
        // "N are valid" says which count N is.
        let d = try checks("## Question 4\n\nOf the 120 ordered triplets, 36 are valid.\n")
        #expect(d["part2.q4.all"]?.claimed == "120")
        #expect(d["part2.q4.valid"]?.claimed == "36")
    }

    @Test("Reasoning is judged against the total it leads to: 3·2·3 = 18 per class, 2·18 = 36")
    func perClass() throws {
        let sheet = "## Question 4\n\nAll ordered triplets: 6 choices for the anchor, 5 for the positive, 4 for the negative, $6 \\cdot 5 \\cdot 4 = 120$.\n\n"
            + "Valid triplets: in one class 3 choices for the anchor, 2 for the positive and 3 for the negative, $3 \\cdot 2 \\cdot 3 = 18$; the two classes give $2 \\cdot 18 = 36$ valid triplets.\n"
        let c = try checks(sheet)
        #expect(c["part2.q4.valid"]?.status == .correct)
        #expect(c["part2.q4.valid.reasoning"]?.status == .correct)
        #expect(c["part2.q4.all.reasoning"]?.status == .correct)
        // Choices that do not give the calculation they lead to are inconsistent.
        let wrong = sheet.replacingOccurrences(of: "2 for the positive and 3 for the negative, $3", with: "2 for the positive and 2 for the negative, $3")
        #expect(try checks(wrong)["part2.q4.valid.reasoning"]?.status == .inconsistent)
    }

    @Test("A plain-text sheet: arithmetic in prose is a calculation, 'all:' and 'valid:' label the counts, 'all others are 0' is the others'")
    func plainText() throws {
        let sheet = "Q4. all: 6*5*4 = 120\nvalid: 6*2*3 = 36\n\nQ5.1\n  dL/df1 = f5 - f2\n  dL/df2 = f2 - f1\n  dL/df5 = f1 - f5\n  all others are 0\n"
        let c = try checks(sheet)
        #expect(c["part2.q4.all"]?.claimed == "120")
        #expect(c["part2.q4.all.reasoning"]?.status == .correct)
        #expect(c["part2.q4.valid"]?.claimed == "36")
        #expect(c["part2.q4.valid.reasoning"]?.status == .correct)
        for i in 1...6 { #expect(c["part2.q5.1.f_\(i)"]?.status == .correct, "f_\(i)") }
    }

    @Test("A LaTeX paragraph of two sentences: each count is its own sentence's; 'the remaining gradients are zero'")
    func latexSentences() throws {
        let tex = "\\documentclass{article}\n\\begin{document}\n\\subsection*{Question 4}\nAll ordered triplets: $6 \\times 5 \\times 4 = 120$.\n"
            + "Valid triplets: $6 \\times 2 \\times 3 = 36$.\n\\subsection*{Question 5.2}\n\\begin{enumerate}\n\\item[(a)] $\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$\n"
            + "\\item[(b)] $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, and $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$.\n\\end{enumerate}\nThe remaining gradients are zero.\n\\end{document}\n"
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(tex.utf8), name: "sheet.tex"), assignment: assignment)
        let c = Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id.description, $0) })
        #expect(c["part2.q4.all"]?.claimed == "120")
        #expect(c["part2.q4.valid"]?.claimed == "36")
        for i in 1...6 { #expect(c["part2.q5.2.f_\(i)"]?.status == .correct, "f_\(i)") }
    }

    @Test("A class written as a set of samples is not a calculation")
    func classAsSet() throws {
        let sheet = "## Question 4\n\n$6 \\cdot 5 \\cdot 4 = 120$ ordered triplets.\n\nValid: if the anchor is in the class $\\{f_1, f_2, f_3\\}$ there are 3 choices for the anchor, 2 for the positive and 3 for the negative, $3 \\cdot 2 \\cdot 3 = 18$; the class $\\{f_4, f_5, f_6\\}$ gives $18$ more: $18 + 18 = 36$ valid triplets.\n"
        let c = try checks(sheet)
        #expect(c["part2.q4.valid"]?.status == .correct)
        #expect(c["part2.q4.valid.reasoning"]?.status == .correct)
        #expect(c.keys.filter { $0.hasPrefix("part2.q4@") }.isEmpty)
    }

    @Test("Which sample plays which role (a = 1) is not an answer; roles that contradict the triplet are reported")
    func roleStatements() throws {
        let answer = "$$\\frac{\\partial L}{\\partial f_1} = f_p - f_a$$\n"
        let c = try checks("## Question 5.3\n\nHere $a = 2$, $p = 1$, $n = 6$, so\n\n" + answer)
        #expect(c["part2.q5.3.f_1"]?.status == .correct)
        #expect(c.keys.filter { $0.hasPrefix("part2.q5.3@") }.isEmpty)
        // Roles that contradict the triplet state the student's t_3: the
        // triplets check says it is not the assignment's, and the answer in
        // roles goes to a person, never graded with either reading.
        let d = try checks("## Question 5.3\n\nHere $a = 1$, $p = 2$, $n = 6$, so\n\n" + answer)
        #expect(d["part2.q5.3.f_1"]?.status == .unparsable)
        #expect(d["part2.q5.triplets"]?.status == .incorrect)
    }

    @Test("A count whose paragraph speaks of both kinds, with nothing before it saying which, is reported")
    func unplacedCount() throws {
        let c = try checks("## Question 4\n\n$120$ and then the valid ones and the ordered ones.\n")
        #expect(c.values.contains { $0.status == .unparsable && $0.evidence.contains("does not say whether it counts all triplets or the valid ones") })
    }
}
