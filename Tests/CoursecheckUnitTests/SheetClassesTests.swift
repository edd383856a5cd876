import CoursecheckAssignment
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Classes of notation and layout found on sheets written by others, each a
/// rule of the grammar or of the block and precision readers. Verdicts by
/// hand from the assignment: Question 2 (hinge inactive) every derivative 0;
/// Question 3: ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n;
/// Question 4: 6·5·4 = 120 ordered triplets, 6·2·3 = 36 valid (two classes
/// of three, so 3·2·3 = 18 per class); t_1 = (f_1, f_2, f_5), so in
/// Question 5.1 ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 = f_1 − f_5.
@Suite("Classes of sheets: headings, chains of derivatives, counts in one line")
struct SheetClassesTests {
    static func checks(_ text: String, name: String = "sheet.md") throws -> [String: Check] {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(text.utf8), name: name), assignment: assignment)
        return Dictionary(uniqueKeysWithValues: report.checks.map { ($0.id.description, $0) })
    }

    static let q2 = "$\\frac{\\partial L}{\\partial f_a} = 0$, $\\frac{\\partial L}{\\partial f_p} = 0$, $\\frac{\\partial L}{\\partial f_n} = 0$"
    static let q3 = "$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$, $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$, $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$"
    static let q51 = "$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$, $\\frac{\\partial L}{\\partial f_2} = f_2 - f_1$, $\\frac{\\partial L}{\\partial f_5} = f_1 - f_5$"

    static func expectRead(_ c: [String: Check], _ ids: [String], _ status: Status = .correct, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for id in ids {
            #expect(c[id]?.status == status, "\(id): \(c[id]?.status.rawValue ?? "absent") — \(c[id]?.evidence ?? "")", sourceLocation: sourceLocation)
        }
    }

    static let roles = ["f_a", "f_p", "f_n"]

    @Test("Headings: a numbered item `2) …`, `**2.** …`, `**5.1**`, `## 5.1 — $t_1$`, `### 2`, `5.1) …`", arguments: [
        "Part II\n\n2) With the hinge inactive: \(q2)\n\n3) With it active: \(q3)\n\n5.1) \(q51)\n",
        "## Part II\n\n**2.** Inactive: \(q2)\n\n**3.** Active: \(q3)\n\n**5.1**\n\n\(q51)\n",
        "## Part II\n\n### 2\n\n\(q2)\n\n### 3\n\n\(q3)\n\n## 5.1 — $t_1$\n\n\(q51)\n",
        "PART II\n\n2) hinge inactive:\n   \(q2)\n\n3) hinge active:\n   \(q3)\n\n5.1) \(q51)\n",
    ])
    func headings(sheet: String) throws {
        let c = try Self.checks(sheet)
        Self.expectRead(c, Self.roles.map { "part2.q2.\($0)" } + Self.roles.map { "part2.q3.\($0)" })
        Self.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
    }

    @Test("An answer's own numbered list is not a question: `1) … 2) … 3) … 4)` under Question 3")
    func answerList() throws {
        let sheet = "## Question 3\n\n1) $\\frac{\\partial L}{\\partial f_a} = f_n - f_p$\n2) $\\frac{\\partial L}{\\partial f_p} = f_p - f_a$\n"
            + "3) $\\frac{\\partial L}{\\partial f_n} = f_a - f_n$\n4) each is linear in the samples.\n"
        let c = try Self.checks(sheet)
        Self.expectRead(c, Self.roles.map { "part2.q3.\($0)" })
        #expect(c["part2.q4.all"]?.status == .missing)
    }

    /// t_6 = (f_5, f_6, f_2): ∂L/∂f_5 = f_2 − f_6, ∂L/∂f_6 = f_6 − f_5, ∂L/∂f_2 = f_5 − f_2.
    static let q56 = "$\\frac{\\partial L}{\\partial f_2} = f_5 - f_2$, $\\frac{\\partial L}{\\partial f_5} = f_2 - f_6$, $\\frac{\\partial L}{\\partial f_6} = f_6 - f_5$"

    @Test("An ordered list's item headed by its own label (`6. **Question 5.6**: …`) answers the label, not Question 6")
    func labelledItems() throws {
        let answers = (1...6).map { k in k == 1 ? Self.q51 : k == 6 ? Self.q56 : "see the table" }
        let sheet = "## Question 5\n\n" + answers.enumerated().map { "\($0.offset + 1). **Question 5.\($0.offset + 1)**: \($0.element)\n" }.joined()
        let c = try Self.checks(sheet)
        Self.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.6.f_2", "part2.q5.6.f_5", "part2.q5.6.f_6"])
        for sample in 1...6 { #expect(c["part2.q6.f_\(sample)"]?.status == .missing, "f_\(sample): \(c["part2.q6.f_\(sample)"]?.status.rawValue ?? "absent")") }
    }

    @Test("Derivatives chained by '=': each is the value after the last", arguments: [
        "$$\\frac{\\partial L}{\\partial f_a} = \\frac{\\partial L}{\\partial f_p} = \\frac{\\partial L}{\\partial f_n} = 0$$",
        "Hinge inactive: $\\nabla_{f_a}L = \\nabla_{f_p}L = \\nabla_{f_n}L = 0$.",
        "∂L/∂fₐ = ∂L/∂fₚ = ∂L/∂fₙ = 0",
    ])
    func chainedHeads(text: String) throws {
        let c = try Self.checks("## Question 2\n\n\(text)\n")
        Self.expectRead(c, Self.roles.map { "part2.q2.\($0)" })
        // A wrong last side is wrong for every head of the chain.
        let wrong = try Self.checks("## Question 2\n\n$$\\frac{\\partial L}{\\partial f_a} = \\frac{\\partial L}{\\partial f_p} = \\frac{\\partial L}{\\partial f_n} = f_a$$\n")
        Self.expectRead(wrong, Self.roles.map { "part2.q2.\($0)" }, .incorrect)
    }

    @Test("Question 4 in one line or paragraph: each count placed by its words, its label or elimination", arguments: [
        "$6 \\cdot 5 \\cdot 4 = 120$ triplets; valid: $6 \\cdot 2 \\cdot 3 = 36$.",
        "$6 \\cdot 5 \\cdot 4 = 120$; valid: $6 \\cdot 2 \\cdot 3 = 36$.",
        "$6 \\cdot 5 \\cdot 4 = 120$ triplets, of which $6 \\cdot 2 \\cdot 3 = 36$ are valid.",
        "$6 \\cdot 5 \\cdot 4 = 120$ triplets, $6 \\cdot 2 \\cdot 3 = 36$ valid.",
        "$6\\cdot 5\\cdot 4 = 120$ in total and $6\\cdot 2\\cdot 3 = 36$ valid.",
        "All: 6·5·4 = 120. Valid: 6·2·3 = 36.",
        "$6 \\cdot 5 \\cdot 4 = 120$ and $6 \\cdot 2 \\cdot 3 = 36$.",
        "The number of ordered triplets is $P(6,3) = 120$. For the valid ones I count per class: with the anchor in class 1 there are $3 \\cdot 2 \\cdot 3$ triplets, and as many in class 2, so $3 \\cdot 2 \\cdot 3 + 3 \\cdot 2 \\cdot 3 = 36$.",
        "All ordered: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid: anchor (6) × positive from the same class (2) × negative from the other class (3) $= 6 \\cdot 2 \\cdot 3 = 36$.",
        "All ordered: $6 \\cdot 5 \\cdot 4 = 120$.\n\nValid triplets: per class, 3 anchors × 2 positives × 3 negatives, and there are two classes, so $2 \\cdot (3 \\cdot 2 \\cdot 3) = 36$.",
    ])
    func countsInOneLine(text: String) throws {
        let c = try Self.checks("## Question 4\n\n\(text)\n")
        Self.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        for id in ["part2.q4.all.reasoning", "part2.q4.valid.reasoning"] {
            #expect([.correct, .unverifiable].contains(c[id]?.status), "\(id): \(c[id]?.status.rawValue ?? "") \(c[id]?.evidence ?? "")")
        }
    }

    @Test("Two counts side by side whose order and sizes disagree are reported, not guessed")
    func countsReported() throws {
        // 36 first, 120 second: neither words nor sizes say which is which.
        let c = try Self.checks("## Question 4\n\n$6 \\cdot 2 \\cdot 3 = 36$ and $6 \\cdot 5 \\cdot 4 = 120$.\n")
        #expect(c["part2.q4.all"]?.status != .correct && c["part2.q4.all"]?.status != .incorrect)
        #expect(c.values.contains { $0.status == .unparsable && $0.evidence.contains("does not say whether it counts all triplets or the valid ones") })
        // A wrong total planted in the same one-line form stays wrong.
        let d = try Self.checks("## Question 4\n\n$6 \\cdot 5 \\cdot 4 = 120$; valid: $6 \\cdot 2 \\cdot 3 = 32$.\n")
        #expect(d["part2.q4.all"]?.status == .correct)
        #expect(d["part2.q4.valid"]?.status == .incorrect)
    }

    @Test("Answers in prose: a value in words for the samples a sentence names; 'are all'; the loss's own value is no answer")
    func prose() throws {
        let c = try Self.checks("## Question 5.1\n\nThe gradient with respect to $f_1$ is $f_5 - f_2$, the gradient with respect to $f_2$ is $f_2 - f_1$, "
            + "and the gradient with respect to $f_5$ is $f_1 - f_5$. The gradients with respect to $f_3$, $f_4$ and $f_6$ are zero, "
            + "since these samples do not appear in $t_1$.\n")
        Self.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" })
        // A wrong value for the named ones is theirs, and wrong.
        let d = try Self.checks("## Question 5.1\n\n\(Self.q51). The gradients with respect to $f_3$ and $f_4$ are $f_1$.\n")
        Self.expectRead(d, ["part2.q5.1.f_3", "part2.q5.1.f_4"], .incorrect)
        Self.expectRead(d, ["part2.q5.1.f_1", "part2.q5.1.f_5"])
        let e = try Self.checks("## Question 2\n\nIf the hinge is inactive, $L^t = 0$ in a neighbourhood, so the gradients with respect to $f_a$, $f_p$ and $f_n$ are all $\\mathbf 0$.\n")
        Self.expectRead(e, Self.roles.map { "part2.q2.\($0)" })
        // "the loss is $0$": a statement about the loss, before or after an answer.
        let f = try Self.checks("## Question 2\n\nWith the hinge inactive the loss is $0$ near the point, hence \(Self.q2).\n\n## Question 3\n\n\(Self.q3). With the hinge inactive the loss is $0$.\n")
        Self.expectRead(f, Self.roles.map { "part2.q2.\($0)" } + Self.roles.map { "part2.q3.\($0)" })
        #expect(!f.values.contains { $0.status == .unparsable }, "\(f.values.filter { $0.status == .unparsable }.map(\.evidence))")
    }

    @Test("Plain text: prose words separate maths as \\text{…} does; a remark in parentheses is prose", arguments: [
        "Question 2: the hinge is inactive, so L = 0 and ∇_{fₐ}L = ∇_{fₚ}L = ∇_{fₙ}L = 0.\n",
        "Question 2\n\n∂L/∂fₐ = 0,  ∂L/∂fₚ = 0,  ∂L/∂fₙ = 0  (hinge inactive)\n",
        "Question 2\n\nhinge inactive, so dL/dfa = 0, dL/dfp = 0 and dL/dfn = 0\n",
    ])
    func plainTextProse(sheet: String) throws {
        let c = try Self.checks(sheet)
        Self.expectRead(c, Self.roles.map { "part2.q2.\($0)" })
        #expect(!c.values.contains { $0.status == .unparsable }, "\(c.values.filter { $0.status == .unparsable }.map(\.evidence))")
    }

    @Test("Part I as sentences: one model, its parameters and its accuracy per sentence")
    func partOneSentences() throws {
        let c = try Self.checks("Part I\n\nThe RNN encoder has 60,400 parameters in its recurrent layer and reached 62.93% test accuracy.\n"
            + "The LSTM encoder has 241,600 parameters in its recurrent layer and reached 88.68% test accuracy.\n"
            + "The bi-RNN has twice the RNN's parameters.\n")
        Self.expectRead(c, ["part1.params.rnn", "part1.params.lstm"])
        #expect(c["part1.params.bi-rnn"]?.status == .missing)
        // A wrong count in a sentence is wrong.
        let d = try Self.checks("Part I\n\nThe RNN encoder has 60,200 parameters and reached 62.93% test accuracy.\n")
        Self.expectRead(d, ["part1.params.rnn"], .incorrect)
    }

    @Test("Question 5's list without labels: in the assignment's order when all are there, or mapped from their indices", arguments: [
        "(f₁, f₂, f₅), (f₁, f₃, f₄), (f₂, f₁, f₆), (f₂, f₃, f₄), (f₃, f₁, f₅), (f₅, f₆, f₂), (f₆, f₄, f₃), (f₆, f₄, f₂)",
        "- $(1, 2, 5) \\to (f_1, f_2, f_5)$\n- $(1, 3, 4) \\to (f_1, f_3, f_4)$\n- $(2, 1, 6) \\to (f_2, f_1, f_6)$\n- $(2, 3, 4) \\to (f_2, f_3, f_4)$\n"
            + "- $(3, 1, 5) \\to (f_3, f_1, f_5)$\n- $(5, 6, 2) \\to (f_5, f_6, f_2)$\n- $(6, 4, 3) \\to (f_6, f_4, f_3)$\n- $(6, 4, 2) \\to (f_6, f_4, f_2)$",
    ])
    func unlabelledTriplets(list: String) throws {
        let c = try Self.checks("## Question 5\n\n\(list)\n")
        Self.expectRead(c, ["part2.q5.triplets"])
        // Seven of eight without labels cannot be placed: reported.
        let seven = try Self.checks("## Question 5\n\n$(f_1, f_2, f_5), (f_1, f_3, f_4), (f_2, f_1, f_6), (f_2, f_3, f_4), (f_3, f_1, f_5), (f_5, f_6, f_2), (f_6, f_4, f_3)$\n")
        #expect(seven["part2.q5.triplets"]?.status == .unparsable, "\(seven["part2.q5.triplets"]?.evidence ?? "")")
    }

    @Test("Small notations: ∇f₁ L, `=>` in plain text, a parenthesis opening prose after a calculation, an em dash in a title")
    func smallNotations() throws {
        let q6 = try Self.checks("## Q6\n\n∇f₁ L = (f₅ − f₂) + (f₄ − f₃) + (f₁ − f₂) + (f₁ − f₃) = 2f₁ + f₄ + f₅ − 2f₂ − 2f₃\n")
        Self.expectRead(q6, ["part2.q6.f_1"])
        let plain = try Self.checks("PART II\n\n2) hinge inactive => L = 0 locally:\n   d/df_a L = 0,  d/df_p L = 0,  d/df_n L = 0\n\n"
            + "4) all triplets: 6*5*4 = 120\n   valid: 6*2*3 = 36 (anchor, positive from the same class, negative from the other)\n")
        Self.expectRead(plain, Self.roles.map { "part2.q2.\($0)" } + ["part2.q4.all", "part2.q4.valid", "part2.q4.valid.reasoning"])
        #expect(!plain.values.contains { $0.status == .unparsable }, "\(plain.values.filter { $0.status == .unparsable }.map(\.evidence))")
        let titled = try Self.checks("## Q5.1 — t₁ = (f₁, f₂, f₅)\n\n∂L/∂f₁ = f₅ − f₂\n∂L/∂f₂ = f₂ − f₁\n∂L/∂f₅ = f₁ − f₅\n")
        Self.expectRead(titled, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        #expect(!titled.values.contains { $0.status == .unparsable })
    }

    @Test("Roles named in prose are mentions; 'is zero for the others'; text of which nothing reads is reported, never missing")
    func rolesAndReferences() throws {
        let c = try Self.checks("## Question 5.1\n\nIn $t_1$ the anchor is $f_1$, the positive $f_2$ and the negative $f_5$. \(Self.q51), and the gradient is zero for the others.\n")
        Self.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" })
        #expect(!c.values.contains { $0.status == .unparsable })
        let d = try Self.checks("## Question 5.1\n\n\(Self.q51)\n\n## Question 5.2\n\nSame as 5.1 with $f_3$ in place of $f_2$.\n")
        for i in 1...6 {
            #expect(d["part2.q5.2.f_\(i)"]?.status == .unparsable, "f_\(i): \(d["part2.q5.2.f_\(i)"]?.status.rawValue ?? "")")
        }
        #expect(d["part2.q5.2.f_1"]?.evidence.contains("no answer could be read from this text") == true)
    }
}

/// Question 4's reasoning in words, and tables of answers keyed by question
/// and sample. Verdicts by hand: 6 anchors · 2 positives · 3 negatives = 36
/// valid, 6·5·4 = 120 in all; t_1 = (f_1, f_2, f_5), t_2 = (f_1, f_3, f_4), so
/// in 5.1 ∂L/∂f_1 = f_5 − f_2, ∂L/∂f_2 = f_2 − f_1, ∂L/∂f_5 = f_1 − f_5 and in
/// 5.2 ∂L/∂f_1 = f_4 − f_3, ∂L/∂f_3 = f_3 − f_1, ∂L/∂f_4 = f_1 − f_4, the
/// others 0; Question 6, ∂/∂f_4 over t_2, t_4, t_7, t_8:
/// (f_1 − f_4) + (f_2 − f_4) + (f_4 − f_6) + (f_4 − f_6) = f_1 + f_2 − 2f_6.
@Suite("Classes of sheets: counts in words, tables of answers")
struct SheetTableClassesTests {
    typealias C = SheetClassesTests

    @Test("'1 anchor out of 6 samples': one is the pick, the pool its choices; a pool taken from is not read", arguments: [
        "Choosing 1 anchor out of 6 samples, 1 positive from the 2 others of its class and 1 negative from the 3 of the other class: $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.",
        "Valid: 1 anchor among 6, 1 positive out of the 3 samples of its class other than the anchor, 1 negative from the 3 others: $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.",
        "Pick 1 anchor, 1 positive and 1 negative: $6 \\cdot 2 \\cdot 3 = 36$ valid triplets.",
    ])
    func singlePicks(text: String) throws {
        let c = try C.checks("## Question 4\n\n\(text)\n")
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    @Test("A product of choices in words goes with the total it leads to, not with the kind named after it")
    func productBeforeTotal() throws {
        let c = try C.checks("## Question 4\n\nWe have 6 choices for the anchor, 5 for the positive and 4 for the negative, i.e. $120$ triplets; only $6 \\cdot 2 \\cdot 3 = 36$ are valid.\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    @Test("A row that starts with + after \\nonumber \\\\[6pt] goes on with the side before it")
    func rowContinuesSide() throws {
        let sheet = "## Question 6\n\n$$\\begin{aligned}\n\\frac{\\partial L}{\\partial f_4} &= (f_1 - f_4) + (f_2 - f_4) \\nonumber \\\\[6pt]\n"
            + "&\\quad + (f_4 - f_6) + (f_4 - f_6) \\\\[4pt]\n&= f_1 + f_2 - 2f_6\n\\end{aligned}$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q6.f_4"])
        #expect(c["part2.q6.f_4.steps"]?.status != .inconsistent, "\(c["part2.q6.f_4.steps"]?.evidence ?? "")")
        // A slip in the working is still found: the continued side sums to f_1 + f_2 − 2f_4 + …
        let slip = try C.checks(sheet.replacingOccurrences(of: "+ (f_4 - f_6) + (f_4 - f_6)", with: "+ (f_4 - f_6) - (f_4 - f_6)"))
        #expect(slip["part2.q6.f_4.steps"]?.status == .inconsistent)
    }

    @Test("Counts after labels in plain words: 'Total: 120 (6 · 5 · 4). Valid: 36.'; 'Valid: 6 anchors …' is a factor, not the count")
    func labelledCounts() throws {
        let c = try C.checks("## Question 4\n\nTotal: 120 (6 · 5 · 4). Valid: 36.\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
        let wrong = try C.checks("## Question 4\n\nTotal: 120. Valid: 18.\n")
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        let factor = try C.checks("## Question 4\n\nValid: 6 anchors, 2 positives and 3 negatives: $6 \\cdot 2 \\cdot 3 = 36$.\n")
        C.expectRead(factor, ["part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    @Test("A second calculation after the valid count, to a larger total its words do not name, is reported, not taken as valid; words refusing the labels name it")
    func secondTotal() throws {
        let c = try C.checks("## Question 4\n\n$6 \\cdot 2 \\cdot 3 = 36$ valid triplets. Besides, $6 \\cdot 5 \\cdot 4 = 120$.\n")
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        #expect(c["part2.q4.all"]?.status == .unparsable)
        // "Without the labels" names all the triplets.
        let named = try C.checks("## Question 4\n\n$6 \\cdot 2 \\cdot 3 = 36$ valid triplets. Without the labels, $6 \\cdot 5 \\cdot 4 = 120$.\n")
        C.expectRead(named, ["part2.q4.valid", "part2.q4.all"])
        // A step that the valid count builds on stays a step.
        let d = try C.checks("## Question 4\n\nValid: $3 \\cdot 2 \\cdot 3 = 18$ per class, $2 \\cdot 18 = 36$ valid triplets.\n")
        C.expectRead(d, ["part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    @Test("Blocks whose words name no kind known: a second total, smaller and not built on the first, answers the question's second ask (the valid ones); after an unread calculation both are reported", arguments: [
        "Alle Tripel: $6 \\cdot 5 \\cdot 4 = 120$.\n\nGültige Tripel: $6 \\cdot 2 \\cdot 3 = 36$.\n",
        "(a) $6 \\cdot 5 \\cdot 4 = 120$\n\n(b) $6 \\cdot 2 \\cdot 3 = 36$\n",
    ])
    func carriedKindDoesNotTakeSecondTotal(text: String) throws {
        let c = try C.checks("## Question 4\n\n" + text)
        C.expectRead(c, ["part2.q4.all", "part2.q4.all.reasoning", "part2.q4.valid", "part2.q4.valid.reasoning"])
        // In the other order (the larger second) nothing says which is which.
        let swapped = try C.checks("## Question 4\n\n" + text.replacingOccurrences(of: "6 \\cdot 5 \\cdot 4 = 120", with: "X")
            .replacingOccurrences(of: "6 \\cdot 2 \\cdot 3 = 36", with: "6 \\cdot 5 \\cdot 4 = 120").replacingOccurrences(of: "X", with: "6 \\cdot 2 \\cdot 3 = 36"))
        #expect(swapped["part2.q4.all"]?.status != .correct || swapped["part2.q4.valid"]?.status != .correct)
        // After an unread calculation, too: the 18 is not taken as all.
        let unread = try C.checks("## Question 4\n\n(a) $V(6,3) = 120$.\n\n(b) $3 \\cdot 2 \\cdot 3 = 18$.\n")
        for id in ["part2.q4.all", "part2.q4.valid"] { #expect(unread[id]?.status == .unparsable, "\(id): \(unread[id]?.status.rawValue ?? "absent")") }
        // (German words of the kinds, "Alle", "Gültige", name them: the 18 is the valid count, and wrong.)
        let named = try C.checks("## Question 4\n\nAlle Tripel: $V(6,3) = 120$.\n\nGültige Tripel: $3 \\cdot 2 \\cdot 3 = 18$.\n")
        #expect(named["part2.q4.valid"]?.status == .incorrect)
        #expect(named["part2.q4.all"]?.status != .correct)
        // The same total again, or a calculation built on the earlier one, still goes on.
        let step = try C.checks("## Question 4\n\nValid triplets:\n\n$3 \\cdot 2 \\cdot 3 = 18$ per class\n\n$2 \\cdot 18 = 36$\n")
        C.expectRead(step, ["part2.q4.valid", "part2.q4.valid.reasoning"])
    }

    @Test("Both kinds named in a block: each count takes the kind its own sentence names ('In total there are 120 triplets'); a sentence or label naming both is reported", arguments: [
        "There are 36 valid triplets. In total there are 120 triplets.",
        "There are $6 \\cdot 2 \\cdot 3 = 36$ valid triplets. Altogether there are $6 \\cdot 5 \\cdot 4 = 120$ triplets.",
        "Ordered triplets of three different samples: $6\\cdot 5\\cdot 4=120$; valid ones: $6\\cdot 2\\cdot 3=36$.",
    ])
    func sentenceNamesTheKind(text: String) throws {
        let c = try C.checks("## Question 4\n\n" + text + "\n")
        C.expectRead(c, ["part2.q4.all", "part2.q4.valid"])
    }

    @Test("Words of summing after the valid ones' word ('Valid, in total: 36', 'Valid, overall: 36') name no other kind: the valid count or for a person, never the other count")
    func labelNamingBoth() throws {
        for text in ["Total: 120 (6 · 5 · 4). Valid, in total: 36.", "Ordered: 120. Valid, overall: 36."] {
            let c = try C.checks("## Question 4\n\n" + text + "\n")
            // (Read as the valid count, or left for a person; never the other count, never graded wrong.)
            C.expectRead(c, ["part2.q4.all"])
            #expect([.correct, .unparsable].contains(c["part2.q4.valid"]?.status), "\(text): \(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
            let wrong = try C.checks("## Question 4\n\n" + text.replacingOccurrences(of: "36", with: "18") + "\n")
            C.expectRead(wrong, ["part2.q4.all"])
            #expect(wrong["part2.q4.valid"]?.status != .correct)
        }
    }

    @Test("A final line after a total of the same kind is the count, the earlier total is not: read (a box states what it wraps) or, when it cannot be read, unparsable")
    func unreadFinalLine() throws {
        // The boxed 210 is the student's answer for all (wrong): 120 must not be graded.
        let c = try C.checks("## Question 4\n\nAnchor: 6 ways, so $6 \\cdot 5 \\cdot 4 = 120$ and\n\\[ \\boxed{N_{\\text{all}} = 210} \\]\n")
        #expect(c["part2.q4.all"]?.status == .incorrect, "\(c["part2.q4.all"]?.status.rawValue ?? "absent")")
        #expect(c["part2.q4.all"]?.claimed == "210", "\(c["part2.q4.all"]?.claimed ?? "absent")")
        // A final line that cannot be read leaves the count to a person.
        let d = try C.checks("## Question 4\n\nAnchor: 6 ways, so $6 \\cdot 5 \\cdot 4 = 120$ and\n\\[ N_{\\text{all}} = 210^{{ \\]\n")
        #expect(d["part2.q4.all"]?.status != .correct, "\(d["part2.q4.all"]?.status.rawValue ?? "absent")")
    }

    @Test("'valid: 6 (anchor) * 2 (positive) * 3 (negative) = 36': the 6 is a factor named in parentheses, not the count")
    func factorNamedInParentheses() throws {
        let c = try C.checks("Question 4\n\nvalid: 6 (anchor) * 2 (positive) * 3 (negative) = 36\n", name: "sheet.txt")
        #expect(c["part2.q4.valid"]?.status != .incorrect, "\(c["part2.q4.valid"]?.status.rawValue ?? "absent")")
        C.expectRead(c, ["part2.q4.valid.reasoning"])
    }

    static let rows51 = "| 5.1 | $(f_1, f_2, f_5)$ | $f_5 - f_2$ | $f_2 - f_1$ | $0$ | $0$ | $f_1 - f_5$ | $0$ |\n"
    static let rows52 = "| 5.2 | $(f_1, f_3, f_4)$ | $f_4 - f_3$ | $0$ | $f_3 - f_1$ | $f_1 - f_4$ | $0$ | $0$ |\n"

    @Test("A table with a row per sub-question, a column of its triplet and a column per sample (∇_{f_i} L or ∂/∂f_i)", arguments: [
        "| | triplet | $\\nabla_{f_1} L$ | $\\nabla_{f_2} L$ | $\\nabla_{f_3} L$ | $\\nabla_{f_4} L$ | $\\nabla_{f_5} L$ | $\\nabla_{f_6} L$ |\n",
        "| | triplet | $\\partial/\\partial f_1$ | $\\partial/\\partial f_2$ | $\\partial/\\partial f_3$ | $\\partial/\\partial f_4$ | $\\partial/\\partial f_5$ | $\\partial/\\partial f_6$ |\n",
    ])
    func rowPerQuestion(header: String) throws {
        let c = try C.checks("## Question 5\n\n$t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_3, f_4)$\n\n" + header + "|---|---|---|---|---|---|---|---|\n" + Self.rows51 + Self.rows52)
        C.expectRead(c, (1...6).map { "part2.q5.1.f_\($0)" } + (1...6).map { "part2.q5.2.f_\($0)" })
        #expect(!c.keys.contains { $0.contains("@") }, "\(c.keys.filter { $0.contains("@") })")
    }

    @Test("A column per triplet `$t_k$ (5.k)` and Question 6's column of sums")
    func columnPerTriplet() throws {
        let table = "| | $t_1$ (5.1) | $t_2$ (5.2) | Q6: $\\sum_k$ |\n|---|---|---|---|\n"
            + "| $\\partial L / \\partial f_1$ | $f_5 - f_2$ | $f_4 - f_3$ | |\n| $\\partial L / \\partial f_4$ | $0$ | $f_1 - f_4$ | $f_1 + f_2 - 2f_6$ |\n"
        let c = try C.checks("## Question 5\n\n" + table)
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_4", "part2.q5.2.f_1", "part2.q5.2.f_4", "part2.q6.f_4"])
        // Without its triplet named, Question 6's column in a sub-question's table is still Question 6's.
        #expect(c["part2.q5.2.f_4"]?.claimed == "f_1 - f_4")
    }

    @Test("A summary table under Question 6 answers 5.k: a cell that differs from 5.k's own answer is never correct")
    func summaryUnderSix() throws {
        let summary = "| | $\\partial/\\partial f_1$ | $\\partial/\\partial f_2$ | $\\partial/\\partial f_5$ |\n|---|---|---|---|\n"
        let agree = "## Question 5.1\n\n\(C.q51)\n\n## Question 6\n\n### Summary of 5.1\n\n" + summary + "| 5.1 | $f_5 - f_2$ | $f_2 - f_1$ | $f_1 - f_5$ |\n"
        C.expectRead(try C.checks(agree), ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"])
        let differ = try C.checks(agree.replacingOccurrences(of: "| $f_2 - f_1$ | $f_1 - f_5$ |", with: "| $-f_2 + f_1$ | $f_1 - f_5$ |"))
        #expect(differ["part2.q5.1.f_2"]?.status != .correct)
        #expect(differ["part2.q5.1.f_2"]?.status != .missing)
        #expect(differ["part2.q6.f_2"]?.status == .missing)
    }
}

/// The value by cases, other names of the samples, other headings. By hand:
/// Question 2 (hinge inactive) every derivative 0; Question 3 (active)
/// ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n; 5.1 as above,
/// 5.2: ∂L/∂f_1 = f_4 − f_3, ∂L/∂f_3 = f_3 − f_1, ∂L/∂f_4 = f_1 − f_4; 5.3
/// (t_3 = (f_2, f_1, f_6)): ∂L/∂f_1 = f_1 − f_2, ∂L/∂f_2 = f_6 − f_1,
/// ∂L/∂f_6 = f_2 − f_6; Question 6, ∂/∂f_4 = f_1 + f_2 − 2f_6.
@Suite("Classes of sheets: cases of the hinge, sample names, headings")
struct SheetNotationClassesTests {
    typealias C = SheetClassesTests

    static func cases(_ value: String, _ active: String, _ other: String, _ otherValue: String = "0") -> String {
        "\\begin{cases} \(value) & \\text{\(active)} \\\\ \(otherValue) & \\text{\(other)} \\end{cases}"
    }

    @Test("A value by cases: the case of the hinge the question asks for, when its condition says which")
    func casesOfTheHinge() throws {
        let d = "\\frac{\\partial L}{\\partial f_"
        let sheet = "## Question 2\n\n$$\(d)a} = \(Self.cases("f_n - f_p", "if } L > 0 \\text{", "otherwise"))$$\n\n"
            + "## Question 3\n\n$$\(d)a} = \(Self.cases("f_n - f_p", "if } L > 0 \\text{", "otherwise"))$$\n\n"
            + "$$\(d)p} = \(Self.cases("f_p - f_a", "if the hinge is active", "if it is inactive"))$$\n\n"
            + "$$\(d)n} = \(Self.cases("0", "if the hinge is inactive", "otherwise", "f_a - f_n"))$$\n"
        let c = try C.checks(sheet)
        C.expectRead(c, ["part2.q2.f_a"] + C.roles.map { "part2.q3.\($0)" })
        // The cases swapped: the active case's value is wrong.
        let swapped = try C.checks("## Question 3\n\n$$\(d)a} = \(Self.cases("0", "if } L > 0 \\text{", "otherwise", "f_n - f_p"))$$\n")
        C.expectRead(swapped, ["part2.q3.f_a"], .incorrect)
        // A condition on the hinge's argument is not read: which side is
        // active depends on how the difference is written.
        let argument = try C.checks("## Question 3\n\n$$\(d)a} = \(Self.cases("f_n - f_p", "if } \\alpha + d_{ap} - d_{an} > 0 \\text{", "otherwise"))$$\n")
        #expect(argument["part2.q3.f_a"]?.status == .unparsable)
        // A negation other than "not active" is not guessed: "isn't active"
        // (the student's Question 2 value f_n − f_p is wrong) is unread, never correct.
        for condition in ["if the hinge isn't active", "if the hinge is never active", "if not inactive"] {
            let negated = try C.checks("## Question 2\n\n$$\(d)a} = \(Self.cases("f_n - f_p", condition, "otherwise", "0"))$$\n")
            #expect(negated["part2.q2.f_a"]?.status == .unparsable, "\(condition): \(negated["part2.q2.f_a"]?.status.rawValue ?? "absent")")
        }
        let notActive = try C.checks("## Question 2\n\n$$\(d)a} = \(Self.cases("0", "if the hinge is not active", "otherwise", "f_n - f_p"))$$\n")
        C.expectRead(notActive, ["part2.q2.f_a"])
    }

    @Test("After a complete answer, a bare expression in the same display is no final side of it; an em dash between terms is not read", arguments: [
        "$$\\frac{\\partial L}{\\partial f_n} = f_n, \\; f_a - f_n$$",
        "$$\\frac{\\partial L}{\\partial f_n} = f_n; (f_a - f_n)$$",
        "$$\\frac{\\partial L}{\\partial f_n} = f_n \\quad f_a - f_n$$",
        "$$\\frac{\\partial L}{\\partial f_n} = f_n — (f_a - f_n)$$",
        "$$\\frac{\\partial L}{\\partial f_n} = f_a — f_n$$",
    ])
    func bareExpressionAfterAnswer(display: String) throws {
        try Self.bareExpressionBody(display)
    }

    @Test("A number as the loss's superscript (∂L²/∂f_a) is a power or a label: not read; L_2 and L^{(2)} stay labels")
    func numberAsLossSuperscript() throws {
        // d(L²)/df_a = 2L·(f_n − f_p), not f_n − f_p: never correct.
        let c = try C.checks("## Question 3\n\n$\\frac{\\partial L^2}{\\partial f_a} = f_n - f_p$\n")
        #expect(c["part2.q3.f_a"]?.status == .unparsable, "\(c["part2.q3.f_a"]?.status.rawValue ?? "absent")")
        // t_1 = (f_1, f_2, f_5): ∂L/∂f_1 = f_5 − f_2.
        for head in ["L_1", "L^{(1)}"] {
            let labelled = try C.checks("## Question 5\n\n$\\frac{\\partial \(head)}{\\partial f_1} = f_5 - f_2$\n")
            C.expectRead(labelled, ["part2.q5.1.f_1"])
        }
    }

    @Test("Role letters under 5.k whose t_k the sheet wrote otherwise than the assignment are not read through the assignment's t_k")
    func rolesOfAnotherTriplet() throws {
        // The sheet copies t_2 as (f_1, f_4, f_3) (the assignment's is (f_1, f_3, f_4)); by its own triplet
        // ∂L/∂f_p = f_p − f_a is ∂L/∂f_4 = f_4 − f_1, wrong; through the assignment's it would read as a right ∂L/∂f_3.
        let list = "$t_1 = (f_1, f_2, f_5)$, $t_2 = (f_1, f_4, f_3)$, $t_3 = (f_2, f_1, f_6)$, $t_4 = (f_2, f_3, f_4)$, "
            + "$t_5 = (f_3, f_1, f_5)$, $t_6 = (f_5, f_6, f_2)$, $t_7 = (f_6, f_4, f_3)$, $t_8 = (f_6, f_4, f_2)$"
        let c = try C.checks("## Question 5\n\n" + list + "\n\n### Question 5.2\n\n$\\frac{\\partial L}{\\partial f_p} = f_p - f_a$\n")
        for sample in 1...6 { #expect(c["part2.q5.2.f_\(sample)"]?.status != .correct, "f_\(sample) read as correct") }
    }

    static func bareExpressionBody(_ display: String) throws {
        // ∂L/∂f_n = f_a − f_n: none of these may be read as that.
        let c = try C.checks("## Question 3\n\n" + display + "\n")
        #expect(c["part2.q3.f_n"]?.status == .unparsable, "\(c["part2.q3.f_n"]?.status.rawValue ?? "absent"): \(c["part2.q3.f_n"]?.evidence ?? "")")
    }

    @Test("Samples as f^a, f^+, f^-, f_{anc}; f^2 stays a power", arguments: [
        "$\\frac{\\partial L}{\\partial f^a} = f^- - f^+$, $\\frac{\\partial L}{\\partial f^+} = f^+ - f^a$, $\\frac{\\partial L}{\\partial f^-} = f^a - f^-$",
        "$\\frac{\\partial L}{\\partial f_{\\text{anc}}} = f_{\\text{neg}} - f_{\\text{pos}}$, $\\frac{\\partial L}{\\partial f_{\\text{pos}}} = f_{\\text{pos}} - f_{\\text{anc}}$, $\\frac{\\partial L}{\\partial f_{\\text{neg}}} = f_{\\text{anc}} - f_{\\text{neg}}$",
    ])
    func sampleNames(answers: String) throws {
        C.expectRead(try C.checks("## Question 3\n\n\(answers)\n"), C.roles.map { "part2.q3.\($0)" })
        let power = try C.checks("## Question 3\n\n$\\frac{\\partial L}{\\partial f_a} = f^2 - f_p$\n")
        #expect(power["part2.q3.f_a"]?.status == .unparsable)
    }

    static let q52 = "$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$, $\\frac{\\partial L}{\\partial f_3} = f_3 - f_1$, $\\frac{\\partial L}{\\partial f_4} = f_1 - f_4$"
    static let q53 = "$\\frac{\\partial L}{\\partial f_1} = f_1 - f_2$, $\\frac{\\partial L}{\\partial f_2} = f_6 - f_1$, $\\frac{\\partial L}{\\partial f_6} = f_2 - f_6$"

    @Test("Headings: Q5(a), Question 5.ii, 'Task 5, part 3', Aufgabe 6, a list item '5.1' with its answers nested")
    func headings() throws {
        let c = try C.checks("## Part II\n\n**Q5(a)** \(C.q51)\n\n### Question 5.ii\n\n\(Self.q52)\n\nTask 5, part 3: \(Self.q53)\n\n"
            + "### Aufgabe 6\n\n$\\frac{\\partial L}{\\partial f_4} = f_1 + f_2 - 2f_6$\n")
        C.expectRead(c, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4",
                         "part2.q5.3.f_1", "part2.q5.3.f_2", "part2.q5.3.f_6", "part2.q6.f_4"])
        let nested = try C.checks("## Question 5\n\n- 5.1\n  - \(C.q51.replacingOccurrences(of: ", ", with: "\n  - "))\n- 5.2\n  - \(Self.q52.replacingOccurrences(of: ", ", with: "\n  - "))\n")
        C.expectRead(nested, ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5", "part2.q5.2.f_1", "part2.q5.2.f_3", "part2.q5.2.f_4"])
        // A letter under another question is not a sub-question: `Question 3 (a)` is Question 3.
        let three = try C.checks("## Question 3 (a)\n\n\(C.q3)\n")
        C.expectRead(three, C.roles.map { "part2.q3.\($0)" })
    }
}
