import CoursecheckMaths

extension Renderings {
    /// A term list as written: `2f_1 - f_2`, `2\cdot f_1 − f_2`, `2*f1-f2`.
    static func terms(_ terms: SubmittedAnswers.Terms, symbols: [Symbol: Symbol], style: Style) -> String {
        let space = style.script == "TeX" ? style.spacing : " "
        let minus = style.script == "ASCII" ? "-" : style.minus
        var text = ""
        for (n, (c, s)) in terms.enumerated() {
            let magnitude = c.magnitude
            let body = (magnitude == 1 ? "" : "\(magnitude)" + style.multiplication) + sample(symbols[s] ?? s, style: style)
            if n == 0 {
                text = (c < 0 ? minus : "") + body
            } else {
                text += space + (c < 0 ? minus : "+") + space + body
            }
        }
        return text
    }

    /// An answer's last side, in the variant's wrap.
    static func expression(_ t: SubmittedAnswers.Terms, symbols: [Symbol: Symbol], style: Style) -> String {
        if t.isEmpty { return style.script == "TeX" ? style.zero : "0" }
        let plain = terms(t, symbols: symbols, style: style)
        guard style.script == "TeX" else { return plain }
        switch style.wrap {
        case "\\left( \\right)": return "\\left(" + plain + "\\right)"
        case "-( )": return style.minus + "(" + terms(t.map { (-$0.0, $0.1) }, symbols: symbols, style: style) + ")"
        case "\\boxed{}": return "\\boxed{" + plain + "}"
        case "2·½( )": return "2\\cdot\\frac{1}{2}(" + plain + ")"
        case "\\left[ \\right]": return "\\left[" + plain + "\\right]"
        case "\\bigl( \\bigr)": return "\\bigl(" + plain + "\\bigr)"
        case "\\Big( \\Big)": return "\\Big(" + plain + "\\Big)"
        case "\\qty( )": return "\\qty(" + plain + ")"
        case "\\pqty{}": return "\\pqty{" + plain + "}"
        case "\\bqty{}": return "\\bqty{" + plain + "}"
        case "\\displaystyle": return "\\displaystyle " + plain
        default: return plain
        }
    }

    /// Working before the answer: a sum of parenthesised differences.
    static func working(_ parts: [SubmittedAnswers.Terms], symbols: [Symbol: Symbol], style: Style) -> String {
        parts.map { $0.isEmpty ? "0" : "(" + terms($0, symbols: symbols, style: style) + ")" }.joined(separator: " + ")
    }

    /// `head = side = … = side`, aligned at the first `=` in an environment.
    static func statement(_ head: String, _ sides: [String], style: Style) -> String {
        let rows = style.script == "TeX" && !["inline", "equation*", "multline*"].contains(style.environment)
        let equals = rows && !["gather*", "gathered"].contains(style.environment) ? (style.environment == "eqnarray*" ? " &=& " : " &= ") : " = "
        let tag = style.script == "TeX" && style.annotation != "none" && rows ? " " + style.annotation : ""
        return head + equals + sides.joined(separator: rows ? tag + " \\\\ " + equals.trimmingCharacters(in: .whitespaces) + " " : " = ")
    }

    /// The statements in the variant's display: joined by its separator,
    /// or the rows of its environment.
    static func display(_ statements: [String], style: Style) -> [(text: String, plainText: Bool)] {
        switch style.script {
        case "ASCII": return [(statements.joined(separator: style.separator), true)]
        case "Unicode": return [(statements.joined(separator: style.separator), false)]
        default: break
        }
        let body = statements.joined(separator: " \\\\\n")
        switch style.environment {
        case "inline": return [(statements.joined(separator: style.separator), false)]
        case "equation*", "multline*":
            let tag = style.annotation == "none" ? "" : " " + style.annotation
            return [("\\begin{\(style.environment)}\n" + statements.joined(separator: style.separator) + tag + "\n\\end{\(style.environment)}", false)]
        case "array": return [("\\begin{array}{rl}\n" + body + "\n\\end{array}", false)]
        case "alignat*": return [("\\begin{alignat*}{1}\n" + body + "\n\\end{alignat*}", false)]
        case "split": return [("\\begin{equation}\\begin{split}\n" + body + "\n\\end{split}\\end{equation}", false)]
        default: return [("\\begin{\(style.environment)}\n" + body + "\n\\end{\(style.environment)}", false)]
        }
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t"]
}
