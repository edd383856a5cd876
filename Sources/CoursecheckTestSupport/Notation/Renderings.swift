import CoursecheckMaths

/// How one variant writes its maths.
struct Style {
    var script = "TeX"
    var head = "fraction"
    var fraction = "\\frac"
    var differential = "\\partial"
    var decoration = "none"
    var bracing = "f_1"
    var multiplication = ""
    var minus = "-"
    var spacing = " "
    var zero = "0"
    var wrap = "none"
    var environment = "inline"
    var separator = ", "
    var loss = "L"
    var label = "none"
    var annotation = "none"
    var triplet: Int?
}

/// The literal renderings of each axis value.
enum Renderings {
    /// Decorations of a sample: `X` stands for the letter, `I` for its index.
    static let decorations: [(String, String)] = [
        ("none", "f_I"), ("\\mathbf{f}", "\\mathbf{f}_I"), ("\\mathbf f", "\\mathbf f_I"), ("\\boldsymbol{f}", "\\boldsymbol{f}_I"),
        ("\\bm{f}", "\\bm{f}_I"), ("\\vec{f}", "\\vec{f}_I"), ("\\vec f", "\\vec f_I"), ("\\vb{f}", "\\vb{f}_I"),
        ("\\mathbf{f_I}", "\\mathbf{f_I}"), ("\\vec{f_I}", "\\vec{f_I}"), ("\\hat{f}", "\\hat{f}_I"), ("\\boldsymbol{f_I}", "\\boldsymbol{f_I}"),
        ("𝐟", "𝐟_I"), ("\\mathbf{\\vec{f}}", "\\mathbf{\\vec{f}}_I"), ("\\mathit{f}", "\\mathit{f}_I"), ("\\mathsf{f}", "\\mathsf{f}_I"),
        ("\\pmb{f}", "\\pmb{f}_I"), ("\\overrightarrow{f}", "\\overrightarrow{f}_I"), ("\\underline{f}", "\\underline{f}_I"),
        ("\\bar{f}", "\\bar{f}_I"), ("\\tilde{f}", "\\tilde{f}_I"), ("\\va{f}", "\\va{f}_I"), ("\\vb*{f}", "\\vb*{f}_I"),
        ("f⃗", "f\u{20D7}_I"), ("\\mathrm{f}", "\\mathrm{f}_I"), ("𝑓", "𝑓_I"), ("\\operatorname{f}", "\\operatorname{f}_I"),
    ]

    static func index(_ s: Symbol) -> String {
        switch s {
        case .anchor: "a"
        case .positive: "p"
        case .negative: "n"
        case .sample(let i): "\(i)"
        }
    }

    static let subscriptDigits: [Character: String] = ["0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇",
                                                       "8": "₈", "9": "₉", "a": "ₐ", "p": "ₚ", "n": "ₙ"]

    static func sample(_ s: Symbol, style: Style) -> String {
        let i = index(s)
        switch style.script {
        case "Unicode": return "f" + i.map { subscriptDigits[$0] ?? String($0) }.joined()
        case "ASCII": return "f" + i
        default:
            let braced: String
            switch style.bracing {
            case "f_{1}": braced = "{\(i)}"
            case "f_{ 1 }": braced = "{ \(i) }"
            default: braced = i
            }
            let pattern = decorations.first { $0.0 == style.decoration }?.1 ?? "f_I"
            return pattern.replacingOccurrences(of: "I", with: braced)
        }
    }

    /// The loss with its label.
    static func loss(style: Style) -> (text: String, trailing: String) {
        let k = style.triplet.map(String.init) ?? "k"
        switch style.label {
        case "^t": return (style.loss + "^t", "")
        case "_t": return (style.loss + "_t", "")
        case "^{t}": return (style.loss + "^{t}", "")
        case "(t)": return (style.loss + "(t)", "")
        case "_{t_k}": return (style.loss + "_{t_\(k)}", "")
        case "(t_k)": return (style.loss + "(t_\(k))", "")
        case "_k": return (style.loss + "_\(k)", "")
        case "^{(k)}": return (style.loss + "^{(\(k))}", "")
        case "trailing t_k": return (style.loss, " t_\(k)")
        case "\\sum_k (t_k)": return ("\\sum_k " + style.loss + "(t_k)", "")
        case "\\sum_{k=1}^{8} _k": return ("\\sum_{k=1}^{8} " + style.loss + "_k", "")
        default: return (style.loss, "")
        }
    }

    /// `∂L/∂s` in the variant's head form.
    static func head(_ variable: Symbol, style: Style, first: Bool) -> String {
        let s = sample(variable, style: style)
        let (l, trailing) = loss(style: style)
        let d = style.differential
        switch style.script {
        case "Unicode":
            return style.head == "slash" ? "∂L/∂\(s)" : "∇_{\(s)}L"
        case "ASCII":
            switch style.head {
            case "slash": return "dL/d\(s)"
            case "slash operator": return "d/d\(s) L"
            default: return "grad_\(s) L"
            }
        default:
            switch style.head {
            case "fraction":
                if style.fraction == "\\over" { return "{\(d) \(l) \\over \(d) \(s)}" + trailing }
                return "\(style.fraction){\(d) \(l)}{\(d) \(s)}" + trailing
            case "fraction operator":
                if style.fraction == "\\over" { return "{\(d) \\over \(d) \(s)} \(l)" }
                return "\(style.fraction){\(d)}{\(d) \(s)} \(l)"
            case "slash": return "\(d) \(l) / \(d) \(s)" + trailing
            case "slash operator": return "\(d) / \(d) \(s) \\, \(l)"
            case "nabla subscript": return "\\nabla_{\(s)} \(l)"
            case "partial subscript": return "\\partial_{\(s)} \(l)"
            case "pdv": return "\\pdv{\(l)}{\(s)}" + trailing
            case "pdv operator": return "\\pdv{\(s)} \(l)"
            case "dv": return "\\dv{\(l)}{\(s)}" + trailing
            default: return "\(l)'(\(s))" + trailing
            }
        }
    }
}
