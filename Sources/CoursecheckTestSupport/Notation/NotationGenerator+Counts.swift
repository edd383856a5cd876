import CoursecheckMaths

extension Renderings {
    /// 120 ordered triplets of six samples, as students write it.
    static let allCounts = [
        "(6 P 3)", "6 P 3", "6P3", "P(6,3)", "P(6, 3)", "{}^6P_3", "^6P_3", "{}_6P_3", "{}^{6}P_{3}", "A_6^3", "A^3_6",
        "\\frac{6!}{3!}", "\\dfrac{6!}{(6-3)!}", "6!/3!", "\\binom{6}{3} \\cdot 3!", "\\dbinom{6}{3}\\times 3!",
        "{6 \\choose 3} \\cdot 3!", "C(6,3) \\cdot 3!", "6 \\cdot 5 \\cdot 4", "6 \\times 5 \\times 4", "6*5*4", "6 · 5 · 4",
        "6 × 5 × 4", "\\mathrm{P}(6,3)", "P^6_3", "\\tbinom{6}{3} 3!", "6\\cdot5\\cdot4", "720 \\div 3!", "6!÷3!",
        "\\operatorname{P}(6, 3)", "{}^{6}\\mathrm{P}_{3}", "\\left(6 \\cdot 5\\right) \\cdot 4",
    ]
    /// 36 valid triplets.
    static let validCounts = [
        "6 \\cdot 2 \\cdot 3", "2 \\cdot (3 \\cdot 2 \\cdot 3)", "6 * 2 * 3", "2 \\times 3 \\times 2 \\times 3",
        "\\binom{3}{1}\\binom{2}{1}\\binom{3}{1} \\cdot 2", "2 \\cdot 3 \\cdot 2 \\cdot 3", "6 \\times 6", "6^2", "2 \\cdot 18",
        "\\frac{72}{2}", "3 \\cdot 2 \\cdot 3 \\cdot 2", "2\\left(3 \\cdot 2 \\cdot 3\\right)", "6 · 2 · 3", "72 \\div 2",
        "\\binom{6}{1}\\binom{2}{1}\\binom{3}{1}", "6 \\ast 2 \\ast 3",
    ]
}

extension NotationGenerator {
    /// A Question 4 count: a form, its stated total, perhaps a planted wrong
    /// last side, inline or as rows.
    mutating func count(_ total: Int, _ forms: [String]) -> Variant {
        let form = pick("count form", forms)
        let stated = pick("count chain", ["form = total", "form", "= form = total", "total = form"])
        let planted = chance(25)
        axes["planted slip"] = planted ? "wrong last side" : "none"
        let wrong = total + 1 + Int(random.next() % 5)
        var sides: [String]
        switch stated {
        case "form": sides = [form]
        case "total = form": sides = ["\(total)", form]
        default: sides = [form, "\(total)"]
        }
        if planted { sides.append("\(wrong)") }
        let environment = pick("display environment", ["inline", "inline", "aligned", "gather*"])
        var text: String
        if environment == "inline" {
            text = (stated.hasPrefix("=") ? "= " : "") + sides.joined(separator: " = ")
        } else {
            let equals = environment == "aligned" ? "&= " : "= "
            text = "\\begin{\(environment)}\n" + sides[0] + " " + sides.dropFirst().map { equals + $0 }.joined(separator: " \\\\\n")
                + "\n\\end{\(environment)}"
        }
        let value = Rational(Int64(planted ? wrong : total))
        return Variant(spans: [(text, false)], axes: axes, check: .count(value, right: planted ? Rational(Int64(total)) : nil))
    }

    /// Question 5's list of eight triplets.
    mutating func tripletList() -> Variant {
        let label = pick("triplet label", ["t_K", "t_{K}", "t₁", "tK"])
        let fence = pick("triplet fence", ["( )", "\\left( \\right)", "⟨ ⟩", "\\langle \\rangle", "[ ]", "\\left[ \\right]", "\\lbrack \\rbrack",
                                           "\\lparen \\rparen", "\\left\\langle \\right\\rangle", "\\bigl( \\bigr)"])
        let member = pick("triplet member", ["f_I", "f_{I}", "I", "\\mathbf{f}_I", "x_I", "fI", "\\vec f_I"])
        let separator = pick("separator", [", ", ",\\quad ", " \\\\ ", "; ", ",\\; "])
        let relation = pick("triplet relation", ["=", "=", ":"])
        let planted = chance(25)
        axes["planted slip"] = planted ? "members swapped" : "none"
        var expected: [Int: [Int]] = [:]
        var right: [Int: [Int]]?
        let swapAt = Int(random.next() % 8)
        var rendered: [String] = []
        for (k, t) in SubmittedAnswers.triplets.enumerated() {
            var members = t
            if planted, k == swapAt { members.swapAt(1, 2) }
            expected[k + 1] = members
            let open: String, close: String
            switch fence {
            case "\\left( \\right)": (open, close) = ("\\left(", "\\right)")
            case "⟨ ⟩": (open, close) = ("⟨", "⟩")
            case "\\langle \\rangle": (open, close) = ("\\langle ", "\\rangle")
            case "[ ]": (open, close) = ("[", "]")
            case "\\left[ \\right]": (open, close) = ("\\left[", "\\right]")
            case "\\lbrack \\rbrack": (open, close) = ("\\lbrack ", "\\rbrack")
            case "\\lparen \\rparen": (open, close) = ("\\lparen ", "\\rparen")
            case "\\left\\langle \\right\\rangle": (open, close) = ("\\left\\langle ", "\\right\\rangle")
            case "\\bigl( \\bigr)": (open, close) = ("\\bigl(", "\\bigr)")
            default: (open, close) = ("(", ")")
            }
            let l = label == "t₁" ? "t" + Renderings.subscriptDigits[Character("\(k + 1)")]! : label.replacingOccurrences(of: "K", with: "\(k + 1)")
            let body = members.map { member.replacingOccurrences(of: "I", with: "\($0)") }.joined(separator: ", ")
            rendered.append("\(l) \(relation) \(open)\(body)\(close)")
        }
        if planted { right = Dictionary(uniqueKeysWithValues: SubmittedAnswers.triplets.enumerated().map { ($0.offset + 1, $0.element) }) }
        return Variant(spans: [(rendered.joined(separator: separator), false)], axes: axes, check: .triplets(expected, right: right))
    }
}
