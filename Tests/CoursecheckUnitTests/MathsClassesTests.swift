import CoursecheckDocument
import CoursecheckVerification
import Foundation
import Testing

/// Classes of maths notation found on sheets written by others: each a rule
/// of the grammar or of the document model, each with a planted wrong answer
/// that must read `incorrect`. Verdicts by hand from the assignment (see
/// `SheetClassesTests`): Question 3 ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a,
/// ∂L/∂f_n = f_a − f_n; t_1 = (f_1, f_2, f_5), so in Question 5.1
/// ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 = f_1 − f_5, the rest 0;
/// t_2 = (f_1, f_3, f_4): ∂L/∂f_3 = f_3 − f_1.
@Suite("Classes of maths notation: samples as f(x^a), evaluation bars, bare environments, struck-out attempts")
struct MathsClassesTests {
    typealias S = SheetClassesTests

    @Test("FaceNet's f(x^a), f(x_p), f(\\mathbf{x}^{n}), f(x_1): the embedding of a sample named as a sample is")
    func faceNetSamples() throws {
        let q3 = "## Question 3\n\n$$\\frac{\\partial L}{\\partial f(x^a)} = f(x^n) - f(x^p), \\quad \\frac{\\partial L}{\\partial f(x_p)} = f(x_p) - f(x_a),"
            + " \\quad \\frac{\\partial L}{\\partial f(\\mathbf{x}^{n})} = f(\\mathbf{x}^{a}) - f(\\mathbf{x}^{n})$$\n"
        S.expectRead(try S.checks(q3), S.roles.map { "part2.q3.\($0)" })
        let q51 = "## Question 5.1\n\n$\\frac{\\partial L_1}{\\partial f(x_1)} = f(x_5) - f(x_2)$, $\\frac{\\partial L_1}{\\partial f(x_2)} = f(x_2) - f(x_1)$\n"
        S.expectRead(try S.checks(q51), ["part2.q5.1.f_1", "part2.q5.1.f_2"])
        // Planted: the sign of ∂L/∂f_p swapped.
        let wrong = q3.replacingOccurrences(of: "f(x_p) - f(x_a)", with: "f(x_a) - f(x_p)")
        S.expectRead(try S.checks(wrong), ["part2.q3.f_p"], .incorrect)
        // f(x) alone and f(x^2) name no sample: not read as one.
        let bare = "## Question 3\n\n$$\\frac{\\partial L}{\\partial f(x)} = f(x^n) - f(x^p)$$\n"
        S.expectRead(try S.checks(bare), ["part2.q3.f_a"], .unparsable)
        let squared = "## Question 3\n\n$$\\frac{\\partial L}{\\partial f(x^2)} = f(x^n) - f(x^p)$$\n"
        S.expectRead(try S.checks(squared), ["part2.q3.f_a"], .unparsable)
    }

    @Test("An evaluation bar names the triplet: \\left.\\frac{∂L}{∂f_1}\\right|_{t_1}")
    func evaluationBar() throws {
        let sheet = "## Question 5.1\n\n$$\\left.\\frac{\\partial L}{\\partial f_1}\\right|_{t_1} = f_5 - f_2,\\ "
            + "\\left.\\frac{\\partial L}{\\partial f_2}\\right|_{t_1} = f_2 - f_1,\\ \\left.\\frac{\\partial L}{\\partial f_5}\\right|_{t_1} = f_1 - f_5$$\n"
        S.expectRead(try S.checks(sheet), ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        // Planted: f_5's derivative with the wrong sign.
        let wrong = sheet.replacingOccurrences(of: "= f_1 - f_5", with: "= f_5 - f_1")
        S.expectRead(try S.checks(wrong), ["part2.q5.1.f_5"], .incorrect)
        // A bar whose triplet disagrees with the loss's own label is not read.
        let clash = "## Question 5.1\n\n$$\\left.\\frac{\\partial L_2}{\\partial f_1}\\right|_{t_1} = f_5 - f_2$$\n"
        S.expectRead(try S.checks(clash), ["part2.q5.1.f_1"], .unparsable)
        // A bar without its `\left.` reads the same (a bar with a subscript
        // right after it opens no fence); its triplet must still be one.
        let big = "## Question 5.1\n\n$$\\frac{\\partial L}{\\partial f_5}\\Big|_{t_1} = f_1 - f_5$$\n"
        #expect(try S.checks(big)["part2.q5.1.f_5"]?.status == .correct)
        #expect(try S.checks(big.replacingOccurrences(of: "= f_1 - f_5", with: "= f_5 - f_1"))["part2.q5.1.f_5"]?.status == .incorrect)
        let notTriplet = "## Question 5.1\n\n$$\\frac{\\partial L}{\\partial f_5}\\Big|_{x = 0} = f_1 - f_5$$\n"
        #expect(try S.checks(notTriplet)["part2.q5.1.f_5"]?.status == .unparsable)
    }

    @Test("Triplets named T_k: the loss L_{T_1} and the statement T_2 = (…) name triplets as t_k does")
    func capitalTripletLabels() throws {
        let sheet = "## Question 5\n\n$T_1 = (f_1, f_2, f_5)$, $T_2 = (f_1, f_3, f_4)$\n\n"
            + "$\\frac{\\partial L_{T_1}}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L_{T_2}}{\\partial f_3} = f_3 - f_1$\n"
        let c = try S.checks(sheet)
        S.expectRead(c, ["part2.q5.1.f_1", "part2.q5.2.f_3"])
        // Planted: t_2's ∂L/∂f_3 with its sign swapped.
        let wrong = try S.checks(sheet.replacingOccurrences(of: "= f_3 - f_1", with: "= f_1 - f_3"))
        S.expectRead(wrong, ["part2.q5.2.f_3"], .incorrect)
    }

    @Test("A bare \\begin{alignat*}{1} outside $$ reads its column count as the environment's argument", arguments: ["sheet.md", "sheet.tex"])
    func bareAlignat(name: String) throws {
        func sheet(_ fp: String) -> String {
            let body = "\\begin{alignat*}{1}\n\\frac{\\partial L}{\\partial f_a} &= f_n - f_p \\\\\n\\frac{\\partial L}{\\partial f_p} &= \(fp) \\\\\n"
                + "\\frac{\\partial L}{\\partial f_n} &= f_a - f_n\n\\end{alignat*}\n"
            return name.hasSuffix(".tex") ? "\\documentclass{article}\n\\begin{document}\n\\section*{Question 3}\n\(body)\\end{document}\n"
                : "## Question 3\n\n\(body)"
        }
        S.expectRead(try S.checks(sheet("f_p - f_a"), name: name), S.roles.map { "part2.q3.\($0)" })
        S.expectRead(try S.checks(sheet("f_a - f_p"), name: name), ["part2.q3.f_p"], .incorrect)
        let pieces = MathDelimiters.scan(Fragment("x \\begin{gather*} a \\end{gather*} y", start: SourceLocation(line: 1, column: 1))).pieces
        let maths = pieces.compactMap { if case .math(let m) = $0 { String(m.tex.text) } else { nil } }
        #expect(maths == ["\\begin{gather*} a \\end{gather*}"])
    }

    @Test("Struck-out text (~~…~~, <del>) is withdrawn: the correction after it is the answer")
    func struckOut() throws {
        let head = "## Question 3\n\n$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$\n\n$\\frac{\\partial L}{\\partial f_n} = "
        // A wrong first try struck out, the right one after it.
        let fixed = try S.checks(head + "$ ~~$f_n - f_a$~~ $f_a - f_n$ (sign fixed)\n")
        S.expectRead(fixed, ["part2.q3.f_a", "part2.q3.f_n"])
        // Planted: the right answer struck out, a wrong one left standing.
        let wrong = try S.checks(head + "$ ~~$f_a - f_n$~~ $f_n - f_a$\n")
        S.expectRead(wrong, ["part2.q3.f_n"], .incorrect)
        // Whole derivatives struck out in prose: the struck one is not read.
        let line = "## Question 5.1\n\n~~$\\frac{\\partial L}{\\partial f_1} = f_2 - f_5$~~ $\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$\n"
        S.expectRead(try S.checks(line), ["part2.q5.1.f_1"])
        // Tildes that open nothing stay text: `~~ 120` and `a ~~b` are not struck.
        let document = try SheetDocument.read(data: Data("## Question 4\n\nabout ~~ 120 and ~3~ left\n".utf8), name: "s.md")
        #expect(!document.omitted.contains { $0.kind == .struckOut })
    }
}
