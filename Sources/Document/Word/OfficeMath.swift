import Foundation

/// Word's equations (Office Math, `m:oMath`) as TeX, so that maths from
/// Word reads like maths typed in TeX. Every argument is braced; the rows of
/// an equation array (`m:eqArr`), of a matrix (`m:m`, which is how pandoc
/// writes an aligned equation) and a line broken inside an equation (`m:brk`,
/// `w:br`) are separated by `\\`, so rows stay apart (pandoc 2.17 joins
/// them). A binomial is Word's delimiter around a fraction without a bar.
/// Maths letters (𝑓 U+1D453) are plain letters.
///
/// | Office Math | TeX |
/// |---|---|
/// | `m:f` (bar, skw, lin, noBar) | `\frac{a}{b}`, `{a}/{b}`, `\genfrac{}{}{0pt}{}{a}{b}` |
/// | `m:d` | `(…)` with its begin, separator and end characters; `\binom{a}{b}` around a `noBar` fraction |
/// | `m:sSub`, `m:sSup`, `m:sSubSup`, `m:sPre` | `x_{…}`, `x^{…}`, `x_{…}^{…}`, `{}_{…}^{…}x` |
/// | `m:nary` | `\sum_{…}^{…}{…}` (`\prod`, `\int`) |
/// | `m:acc`, `m:bar`, `m:box`, `m:borderBox`, `m:rad` | `\vec{…}` (`\hat`, `\bar`, `\tilde`, `\dot`), `\overline{…}`, `{…}`, `\boxed{…}`, `\sqrt[…]{…}` |
/// | `m:func`, `m:limLow`, `m:limUpp`, `m:groupChr` | `\operatorname{…}{…}`, `{…}_{…}`, `{…}^{…}`, `\underbrace{…}` |
/// | `m:eqArr`, `m:m` | `\begin{aligned} … \\ … \end{aligned}`, `\begin{matrix} a & b \\ … \end{matrix}` |
enum OfficeMath {
    /// The TeX of an `m:oMath` (or of its part).
    static func tex(_ node: XMLNode) -> String {
        var out = ""
        append(node, to: &out)
        return out
    }

    /// The rows of an `m:oMathPara`: one per equation, joined by `\\`.
    static func paragraph(_ node: XMLNode) -> String {
        node.children.filter { $0.name == "oMath" }.map(tex).joined(separator: " \\\\ ")
    }

    private static func append(_ node: XMLNode, to out: inout String) {
        guard node.space == .math else {
            // A Word run inside maths: its line break is a row break.
            if node.name == "br" || node.name == "cr" { out += " \\\\ " }
            for child in node.children { append(child, to: &out) }
            return
        }
        switch node.name {
        case "r":
            if node.child("rPr")?.child("brk") != nil { out += " \\\\ " }
            let normal = node.child("rPr")?.child("nor") != nil
            var text = ""
            for child in node.children {
                switch child.name {
                case "t": text += child.text
                case "br", "cr": text += " \\\\ "
                default: continue
                }
            }
            out += normal && text.contains(where: \.isLetter) ? "\\text{\(text)}" : escaped(text)
        case "f":
            let num = arg(node, "num"), den = arg(node, "den")
            switch node.child("fPr")?.value(of: "type") {
            case "lin", "skw": out += "{\(num)}/{\(den)}"
            case "noBar": out += "\\genfrac{}{}{0pt}{}{\(num)}{\(den)}"
            default: out += "\\frac{\(num)}{\(den)}"
            }
        case "d":
            delimiter(node, to: &out)
        case "sSub":
            out += base(node) + "_{\(arg(node, "sub"))}"
        case "sSup":
            out += base(node) + "^{\(arg(node, "sup"))}"
        case "sSubSup":
            out += base(node) + "_{\(arg(node, "sub"))}^{\(arg(node, "sup"))}"
        case "sPre":
            out += "{}_{\(arg(node, "sub"))}^{\(arg(node, "sup"))}" + base(node)
        case "nary":
            let chr = node.child("naryPr")?.value(of: "chr") ?? "∫"
            let op = ["∑": "\\sum", "∏": "\\prod", "∐": "\\coprod", "∫": "\\int", "∬": "\\iint", "∮": "\\oint", "⋃": "\\bigcup", "⋂": "\\bigcap"][chr] ?? chr
            out += op
            if let sub = node.child("sub"), !tex(sub).isEmpty { out += "_{\(tex(sub))}" }
            if let sup = node.child("sup"), !tex(sup).isEmpty { out += "^{\(tex(sup))}" }
            out += "{\(arg(node, "e"))}"
        case "acc":
            let chr = node.child("accPr")?.value(of: "chr") ?? "\u{0302}"
            let command = ["\u{20D7}": "\\vec", "\u{2192}": "\\vec", "\u{0302}": "\\hat", "\u{0304}": "\\bar", "\u{0305}": "\\bar",
                           "\u{0303}": "\\tilde", "\u{0307}": "\\dot", "\u{0308}": "\\ddot"][chr] ?? "\\hat"
            out += "\(command){\(arg(node, "e"))}"
        case "bar":
            out += node.child("barPr")?.value(of: "pos") == "bot" ? "\\underline{\(arg(node, "e"))}" : "\\overline{\(arg(node, "e"))}"
        case "box":
            out += "{\(arg(node, "e"))}"
        case "borderBox":
            out += "\\boxed{\(arg(node, "e"))}"
        case "rad":
            let degree = arg(node, "deg")
            out += degree.isEmpty ? "\\sqrt{\(arg(node, "e"))}" : "\\sqrt[\(degree)]{\(arg(node, "e"))}"
        case "func":
            out += "\\operatorname{\(arg(node, "fName"))}{\(arg(node, "e"))}"
        case "limLow":
            out += "{\(arg(node, "e"))}_{\(arg(node, "lim"))}"
        case "limUpp":
            out += "{\(arg(node, "e"))}^{\(arg(node, "lim"))}"
        case "groupChr":
            out += node.child("groupChrPr")?.value(of: "pos") == "top" ? "\\overbrace{\(arg(node, "e"))}" : "\\underbrace{\(arg(node, "e"))}"
        case "phant":
            out += node.child("phantPr")?.value(of: "show") == "0" ? "" : arg(node, "e")
        case "eqArr":
            let rows = node.children("e").map(tex)
            out += "\\begin{aligned}" + rows.joined(separator: " \\\\ ") + "\\end{aligned}"
        case "m":
            let rows = node.children("mr").map { row in row.children("e").map(tex).joined(separator: " & ") }
            out += "\\begin{matrix}" + rows.joined(separator: " \\\\ ") + "\\end{matrix}"
        default:
            // Properties say how to draw, not what is drawn.
            if node.name.hasSuffix("Pr") { return }
            for child in node.children { append(child, to: &out) }
        }
    }

    /// The TeX of the child `name` of `node` (empty when absent).
    private static func arg(_ node: XMLNode, _ name: String) -> String {
        node.child(name).map(tex)?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    /// A script's base: bare when it is one letter or one command
    /// (`f_{1}`, `\mathbf{f}_{1}`), braced otherwise.
    private static func base(_ node: XMLNode) -> String {
        let e = arg(node, "e")
        let scalars = Array(e.unicodeScalars)
        if scalars.count == 1 { return e }
        if scalars.first == "\\", !e.contains(" "), let open = scalars.firstIndex(of: "{"),
           scalars.last == "}", scalars[open...].filter({ $0 == "{" }).count == 1 { return e }
        return "{\(e)}"
    }

    private static func delimiter(_ node: XMLNode, to out: inout String) {
        let properties = node.child("dPr")
        let begin = properties?.child("begChr").map { $0.attributes["val"] ?? "" } ?? "("
        let end = properties?.child("endChr").map { $0.attributes["val"] ?? "" } ?? ")"
        let separator = properties?.child("sepChr").map { $0.attributes["val"] ?? "" } ?? "|"
        let items = node.children("e")
        // Word's binomial: ( a over b without a bar ).
        if begin == "(", end == ")", items.count == 1,
           let only = items[0].children.filter({ $0.name != "ctrlPr" }).first, items[0].children.filter({ $0.name != "ctrlPr" }).count == 1,
           only.name == "f", only.child("fPr")?.value(of: "type") == "noBar" {
            out += "\\binom{\(arg(only, "num"))}{\(arg(only, "den"))}"
            return
        }
        out += texDelimiter(begin, opening: true) + items.map(tex).joined(separator: texDelimiter(separator, opening: true)) + texDelimiter(end, opening: false)
    }

    private static func texDelimiter(_ c: String, opening: Bool) -> String {
        switch c {
        case "{": "\\{"
        case "}": "\\}"
        case "〈", "⟨": "\\langle "
        case "〉", "⟩": "\\rangle "
        case "‖": "\\|"
        default: c
        }
    }

    /// Text of a maths run as TeX: braces escaped, maths letters plain.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for c in SheetBytes.plainLetters(text) {
            switch c {
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "%": out += "\\%"
            case "#": out += "\\#"
            default: out.append(c)
            }
        }
        return out
    }
}
