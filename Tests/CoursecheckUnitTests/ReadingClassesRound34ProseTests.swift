import Foundation
import CoursecheckReading
import CoursecheckTestSupport
import CoursecheckVerification
import Testing

/// Classes of notation, round 34 (prose by role; found by unseen53, each
/// written here in other words than the sheets'). Verdicts by hand: with the
/// hinge active ∂L/∂f_a = f_n − f_p, ∂L/∂f_p = f_p − f_a, ∂L/∂f_n = f_a − f_n;
/// t_1 = (f_1, f_2, f_5), so ∂L_1/∂f_1 = f_5 − f_2, ∂L_1/∂f_2 = f_2 − f_1,
/// ∂L_1/∂f_5 = f_1 − f_5; 120 ordered triplets (6 · 5 · 4), 36 valid (6 · 2 ·
/// 3); ∂L/∂f_3 = −2f_1 − f_2 + f_3 + f_5 + f_6.
@Suite("Classes of notation, round 34: one sentence giving each role's gradient in a clause of its own, a role's choices restated as a product, an HTML line broken at a sign")
struct ReadingClassesRound34ProseTests {
    typealias C = SheetClassesTests

    static let values = ["anchor": "f_n - f_p", "positive": "f_p - f_a", "negative": "f_a - f_n"]
    static let wrongValues = ["anchor": "f_p - f_n", "positive": "f_a - f_p", "negative": "f_n - f_a"]
    static let ids = ["anchor": "part2.q3.f_a", "positive": "part2.q3.f_p", "negative": "part2.q3.f_n"]

    enum Notation: CaseIterable { case tex, plain, html }

    /// Question 3 as one sentence of clauses `with respect to the ROLE
    /// <verb> <value>`, the roles in `order`, the value of `wrong` (if any)
    /// mistaken, written in `notation`.
    static func sheet(_ order: [String], verb: String, joiner: String, wrong: String?, notation: Notation) -> (text: String, name: String) {
        var sentence = "Taking the derivative of the active hinge,"
        for (k, role) in order.enumerated() {
            let value = (role == wrong ? wrongValues : values)[role]!
            let written = switch notation {
            case .tex: "$\(value)$"
            case .plain: value.replacingOccurrences(of: "-", with: "\u{2212}")
            case .html: value
            }
            sentence += (k == 0 ? " " : joiner) + "with respect to the \(role) \(verb) \(written)"
        }
        sentence += "."
        switch notation {
        case .tex, .plain: return ("## Part II\n\n### Question 3\n\n\(sentence)\n", "sheet.md")
        case .html: return ("<html><body><h2>Question 3</h2>\n<p>\(sentence)</p>\n</body></html>\n", "sheet.html")
        }
    }

    static let orders: [[String]] = [
        ["anchor", "positive", "negative"], ["anchor", "negative", "positive"], ["positive", "anchor", "negative"],
        ["positive", "negative", "anchor"], ["negative", "anchor", "positive"], ["negative", "positive", "anchor"],
    ]
    static let verbs = ["it is", "is", ":", "equals", "it equals", "the result is"]
    static let joiners = [", ", ", and ", "; ", "; and ", " and ", ", "]

    @Test("Each clause `with respect to the ROLE is VALUE` gives that role its value, in any order and notation; a wrong one reads incorrect")
    func clausesByRole() throws {
        for (m, notation) in Notation.allCases.enumerated() {
            for (n, order) in Self.orders.enumerated() {
                let verb = Self.verbs[n], joiner = Self.joiners[(n + m) % Self.joiners.count]
                let right = Self.sheet(order, verb: verb, joiner: joiner, wrong: nil, notation: notation)
                let c = try C.checks(right.text, name: right.name)
                C.expectRead(c, Array(Self.ids.values))
                let wrongRole = order[n % 3]
                let planted = Self.sheet(order, verb: verb, joiner: joiner, wrong: wrongRole, notation: notation)
                let w = try C.checks(planted.text, name: planted.name)
                C.expectRead(w, [Self.ids[wrongRole]!], .incorrect)
                C.expectRead(w, order.filter { $0 != wrongRole }.map { Self.ids[$0]! })
            }
        }
    }

    /// Question 3 by role in one HTML paragraph whose source lines break
    /// inside the clauses, the values as plain text or in MathJax spans.
    static func wrappedByRole(positive: String, mathJax: Bool) -> String {
        let v = { (value: String) in mathJax ? "<span class=\"math inline\">\\(\(value)\\)</span>" : value }
        let breakAt = mathJax ? "with respect\nto the positive" : "with respect to\nthe positive"
        return "<html><body><h2>Question 3</h2>\n<p>Taking the derivative, with respect to the negative it is \(v("f_a - f_n")), with respect to\nthe anchor it is \(v("f_n - f_p")), and \(breakAt) it is \(v(positive)).</p>\n</body></html>\n"
    }

    @Test("A clause by role broken over two source lines of an HTML paragraph is still one clause", arguments: [false, true])
    func wrappedClauses(_ mathJax: Bool) throws {
        let c = try C.checks(Self.wrappedByRole(positive: "f_p - f_a", mathJax: mathJax), name: "sheet.html")
        C.expectRead(c, Array(Self.ids.values))
        let w = try C.checks(Self.wrappedByRole(positive: "f_a - f_p", mathJax: mathJax), name: "sheet.html")
        C.expectRead(w, ["part2.q3.f_p"], .incorrect)
        C.expectRead(w, ["part2.q3.f_a", "part2.q3.f_n"])
    }

    @Test("Clauses by sample in a triplet's part, samples or roles in any order: each sample its own value", arguments: [
        ("with respect to $f_5$ the gradient is $f_1 - f_5$, with respect to $f_1$ it is $f_5 - f_2$, and with respect to $f_2$ it is $f_2 - f_1$.", nil as String?),
        ("with respect to the negative the gradient is $f_1 - f_5$; with respect to the anchor it is $f_5 - f_2$, and with respect to the positive it is $f_2 - f_1$.", nil),
        ("with respect to f_2 the gradient is f_2 − f_1, with respect to f_5 it is f_1 − f_5, and with respect to f_1 it is f_5 − f_2.", nil),
        ("with respect to the positive the gradient is f_2 − f_1, with respect to the anchor it is f_5 − f_2, and with respect to the negative it is f_5 − f_1.", "part2.q5.1.f_5"),
        ("with respect to $f_1$ the gradient is $f_2 - f_5$, with respect to $f_2$ it is $f_2 - f_1$, and with respect to $f_5$ it is $f_1 - f_5$.", "part2.q5.1.f_1"),
    ])
    func clausesBySample(_ sentence: String, _ wrong: String?) throws {
        let c = try C.checks("## Part II\n\n### Question 5\n\n### 5.1 — $t_1 = (f_1, f_2, f_5)$\n\nFor this triplet, \(sentence)\n")
        let ids = ["part2.q5.1.f_1", "part2.q5.1.f_2", "part2.q5.1.f_5"]
        C.expectRead(c, ids.filter { $0 != wrong })
        if let wrong { C.expectRead(c, [wrong], .incorrect) }
    }

    @Test("A value before the role its words name (`$B$ with respect to the positive`) follows a role named for the value before: never read as that role's")
    func valueBeforeItsRole() throws {
        // Anchor and positive swapped: read clause by clause from the left,
        // the positive's value would fall to the anchor and read right.
        for sentence in [
            "The gradient is $f_p - f_a$ with respect to the anchor and $f_n - f_p$ with respect to the positive.",
            "The gradient is $f_p - f_a$ for the anchor, $f_n - f_p$ for the positive, and $f_a - f_n$ for the negative.",
            "The gradient is f_p − f_a with respect to the anchor, f_n − f_p with respect to the positive, and f_a − f_n w.r.t. the negative.",
        ] {
            let c = try C.checks("## Part II\n\n### Question 3\n\n\(sentence)\n")
            #expect(c["part2.q3.f_a"]?.status != .correct, "\(sentence): \(c["part2.q3.f_a"]?.evidence ?? "")")
            #expect(c["part2.q3.f_p"]?.status != .correct, "\(sentence): \(c["part2.q3.f_p"]?.evidence ?? "")")
        }
    }

    @Test("A clause that names no role of its own (`, the positive $B$`) goes on with the clause before: the two values are for a person")
    func clauseWithoutItsRole() throws {
        let c = try C.checks("## Part II\n\n### Question 3\n\nWith respect to the anchor it is $f_n - f_p$, the positive $f_p - f_a$, and with respect to the negative it is $f_a - f_n$.\n")
        #expect(c["part2.q3.f_a"]?.status != .correct)
        #expect(c["part2.q3.f_p"]?.status != .correct)
        C.expectRead(c, ["part2.q3.f_n"])
    }

    @Test("Samples named in clauses joined by `and` before one value all have it", arguments: [
        ("the gradient with respect to $f_a$, and with respect to $f_p$, and with respect to $f_n$, is $0$.", Status.correct),
        ("the gradient with respect to $f_a$ and with respect to $f_n$ is $0$, and with respect to $f_p$ it is $0$ too.", Status.correct),
        ("the gradient with respect to $f_a$, and with respect to $f_p$, is $0$, and with respect to $f_n$ it is $f_a - f_n$.", Status.incorrect),
    ])
    func oneValueForSeveral(_ sentence: String, _ last: Status) throws {
        let c = try C.checks("## Part II\n\n### Question 2\n\nThe loss is flat there, so \(sentence)\n")
        C.expectRead(c, ["part2.q2.f_a", "part2.q2.f_p"])
        C.expectRead(c, ["part2.q2.f_n"], last)
    }

    /// Question 4 with `valid` as the valid count's line.
    static func counts(_ valid: String) -> String {
        "## Part II\n\n### Question 4\n\n- All ordered triplets: 120 = 6 · 5 · 4.\n- \(valid)\n"
    }

    @Test("A role's choices restated as a product in its clause (`2 others, in either order, so 2 × 2`) are that product: the words' product is not read as 2")
    func roleRestatedAsProduct() throws {
        let doubled = try C.checks(Self.counts("Valid: 72. Anchor: 6 choices; positive: 2 of its class, which may come in either order, so 2 × 2; negative: 3 choices. 6 × 4 × 3 = 72 valid triplets."))
        C.expectRead(doubled, ["part2.q4.valid", "part2.q4.valid.reasoning"], .incorrect)
        let right = try C.checks(Self.counts("Valid: 36. Anchor: 6 choices; positive: 2 of its class, in one order only, so 2 × 1; negative: 3 choices. 6 × 2 × 3 = 36 valid triplets."))
        C.expectRead(right, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        // The whole calculation after the last role is not its restatement:
        // choices no order of choosing gives stay incorrect.
        let orders = try C.checks(Self.counts("Valid: 36. Anchor: 6 choices; positive: 3 choices; negative: 2 choices, then 3 × 2 × 6 = 36."))
        #expect(orders["part2.q4.valid.reasoning"]?.status != .correct, "\(orders["part2.q4.valid.reasoning"]?.evidence ?? "")")
    }

    /// An HTML page's Question 4, its source lines broken inside the valid
    /// count's calculation, the total's power written with `<sup>` in a
    /// MathJax span.
    static func htmlCounts(perClass: String, subtotal: Int, total: Int) -> String {
        "<html><body><h3>Question 4</h3>\n<ul>\n<li>All: <strong>216</strong>. Any sample may fill any role, so <span\nclass=\"math inline\">6<sup>3</sup> = 216</span> triplets.</li>\n<li>Valid: <strong>\(total)</strong>. Within a class: \(perClass) = \(subtotal), and two classes give 2 ×\n\(subtotal) = \(total) valid triplets.</li>\n</ul>\n</body></html>\n"
    }

    @Test("In an HTML paragraph a line break beside a sign of operation is a space; `<sup>` in a MathJax span is a power")
    func htmlBreakAtSign() throws {
        let c = try C.checks(Self.htmlCounts(perClass: "3 anchors\n× 2 positives × 3 negatives", subtotal: 18, total: 36), name: "sheet.html")
        C.expectRead(c, ["part2.q4.valid", "part2.q4.valid.reasoning"])
        C.expectRead(c, ["part2.q4.all"], .incorrect)
        #expect(c["part2.q4.all.reasoning"]?.status == .incorrect || c["part2.q4.all.reasoning"]?.status == .correct,
                "\(c["part2.q4.all.reasoning"]?.evidence ?? "")")
        let wrong = try C.checks(Self.htmlCounts(perClass: "3 anchors\n× 3 positives × 3 negatives", subtotal: 27, total: 54), name: "sheet.html")
        C.expectRead(wrong, ["part2.q4.valid"], .incorrect)
        #expect(wrong["part2.q4.valid.reasoning"]?.status != .correct)
        for (line, status) in [("(f_3 - f_1) + (f_3 - f_2) + (f_5 - f_1) + (f_6 - f_3) = f_3 + f_5 + f_6 -\n2f_1 - f_2", Status.correct),
                               ("f_3 + f_5 + f_6 -\n2f_1 + f_2", Status.incorrect)] {
            let q6 = "<html><body><h2>Question 6</h2>\n<p>dL/df_3 = \(line)</p>\n</body></html>\n"
            C.expectRead(try C.checks(q6, name: "sheet.html"), ["part2.q6.f_3"], status)
        }
    }
}
