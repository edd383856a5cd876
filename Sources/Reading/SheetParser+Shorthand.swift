import CoursecheckMaths
import CoursecheckNotation

/// A letter the sheet defines once as the derivative over a sample, its
/// index a variable, and writes its answers in:
///
/// ```
/// Shorthand used below: $g_x := \partial L / \partial f_x$ for $x \in \{a, p, n, 1, \dots, 6\}$.
/// $g_1 = f_5 - f_2$, $g_2 = f_2 - f_1$, …
/// ```
///
/// The definition is one statement: the letter with a letter as its
/// subscript, `:=` (`\coloneqq`, `\equiv`, `\triangleq`), and a
/// derivative head whose sample carries that same letter as its index.
/// Each `g_k` after it, k a sample's number or a role's letter, is that
/// head with k put in for the index, as a macro is written out. Two
/// definitions of such letters, or one the grammar does not read as a head
/// over `f_1` and over `f_a` once written out, and nothing is expanded.
struct DerivativeShorthand {
    /// The letter defined (`g`).
    var letter: Unicode.Scalar
    /// The definition's right side, cut at the index variable's places.
    var pieces: [String]

    /// The head for the index `k` (`1`, `a`).
    func written(for index: String) -> String { pieces.joined(separator: "{" + index + "}") }

    /// Letters that name something else of the course (samples, losses,
    /// triplets, roles).
    static let reserved: Set<Unicode.Scalar> = ["f", "F", "L", "E", "J", "t", "T", "a", "p", "n", "x", "z"]

    /// The sheet's one shorthand, if it states one: the letter defined over
    /// the whole loss, in a sentence that says nothing more of it, and
    /// stated nowhere else with a general index (`h_k = -\partial L /
    /// \partial f_k` later, `let $h_k$ be …`), which would change what it
    /// stands for from there on.
    static func find(_ document: SheetDocument, maths: MathContext) -> DerivativeShorthand? {
        var found: [Definition] = []
        // The letter with its index in the definitions' own sentences.
        var asides = 0
        for leaf in document.leaves {
            let inlines: [Inline] = switch leaf.block.kind {
            case .paragraph(let inlines), .heading(_, let inlines): inlines
            case .displayMath(let m): [.math(m)]
            default: []
            }
            for (n, inline) in inlines.enumerated() {
                guard case .math(let m) = inline else { continue }
                let tex = m.tex
                guard tex.text.containsBytes(":=") || tex.text.containsBytes("\\coloneq") || tex.text.containsBytes("\\equiv")
                    || tex.text.containsBytes("\\triangleq") || tex.text.containsBytes("\u{2254}") else { continue }
                let span = maths.span(tex.text)
                for item in span.items {
                    guard let defined = definition(item, in: span, maths: maths) else { continue }
                    // Words after it that say more ("where L is only …") make it another thing.
                    guard case let .shorthand(s, variable) = defined else {
                        found.append(defined)
                        continue
                    }
                    if let uses = closes(inlines[(n + 1)...], letter: s.letter, variable: variable) {
                        found.append(defined)
                        asides += uses
                    } else {
                        found.append(.other(s.letter))
                    }
                }
            }
        }
        // (One letter defined, once or each time alike, each time as a head.)
        guard let first = found.first, case .shorthand(let defined, _) = first,
              found.allSatisfy({ if case .shorthand(let s, _) = $0 { s.letter == defined.letter && s.pieces == defined.pieces } else { false } }),
              generalUses(of: defined.letter, in: document, maths: maths) == found.count + asides
        else { return nil }
        return defined
    }

    /// What a statement `g_x := …` defines: the shorthand, or a letter
    /// defined as something the grammar does not read as a head over a
    /// sample once written out.
    enum Definition {
        case shorthand(DerivativeShorthand, variable: Unicode.Scalar)
        case other(Unicode.Scalar)
    }

    /// `g_x := \partial L / \partial f_x`: what the item defines, nil when
    /// it defines no letter with a letter as its index.
    static func definition(_ item: MathItem, in span: MathSpan, maths: MathContext) -> Definition? {
        let sides = item.sides
        guard sides.count == 2, let relation = sides[1].relation, [.definedAs, .identical].contains(relation) else { return nil }
        let left = NodeShapes.flatten(sides[0].nodes)
        guard left.count == 1, case let .scripts(base, sub?, nil, 0) = left[0].kind,
              let letter = NodeShapes.letter(base), !reserved.contains(letter),
              let variable = NodeShapes.letter(sub) else { return nil }
        guard let shorthand = written(letter, variable: variable, right: sides[1].nodes, in: span, maths: maths) else { return .other(letter) }
        return .shorthand(shorthand, variable: variable)
    }

    /// The shorthand `letter` is when the right side of its definition is a
    /// derivative head over the sample `variable` indexes.
    static func written(_ letter: Unicode.Scalar, variable: Unicode.Scalar, right: [MathNode], in span: MathSpan,
                          maths: MathContext) -> DerivativeShorthand? {
        // The variable's places in the right side: subscripts that are that letter.
        var places: [Range<Int>] = []
        func walk(_ nodes: [MathNode]) {
            for node in nodes {
                switch node.kind {
                case let .scripts(b, s, p, _):
                    walk([b])
                    if let s { if NodeShapes.letter(s) == variable { places.append(s.range) } else { walk([s]) } }
                    if let p { walk([p]) }
                case .group(let inner), .fenced(_, let inner, _): walk(inner)
                case let .fraction(_, n, d): walk([n, d])
                case let .command(_, _, arguments, optional): walk(arguments + optional)
                case .atom:
                    if NodeShapes.letter(node) == variable { places.append(node.range) }
                default: continue
                }
            }
        }
        walk(right)
        guard !places.isEmpty, let whole = right.range else { return nil }
        let source = span.tree.source
        var pieces: [String] = []
        var from = whole.lowerBound
        for place in places.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            guard place.lowerBound >= from, place.upperBound <= whole.upperBound else { return nil }
            pieces.append(String(String.UnicodeScalarView(source[from..<place.lowerBound])))
            from = place.upperBound
        }
        pieces.append(String(String.UnicodeScalarView(source[from..<whole.upperBound])))
        let shorthand = DerivativeShorthand(letter: letter, pieces: pieces)
        // Written out, it must be a derivative over the sample, and over the role, put in.
        let naming = SampleNaming(bareRoles: true)
        for (index, symbol) in [("1", Symbol.sample(1)), ("a", Symbol.anchor)] {
            let items = maths.span(shorthand.written(for: index)).items
            guard items.count == 1, items[0].isBareHead(naming), case .success(let head)? = items[0].head(naming),
                  head.variable == symbol,
                  // Over the whole loss: over one triplet's (`L^{t_1}`) it would take answers out of their part.
                  head.loss.label == .none || head.loss.summed else { return nil }
        }
        return shorthand
    }

    /// The fragment with each `g_k` written out as the head it stands for;
    /// itself when it holds none.
    func expanding(_ piece: MathFragment, maths: MathContext) -> MathFragment {
        let text = piece.fragment.text
        guard text.unicodeScalars.contains(letter) else { return piece }
        let span = maths.span(text, plainText: piece.plainText)
        var uses: [(range: Range<Int>, index: String)] = []
        NodeShapes.walk(span.tree.nodes) { node in
            guard case let .scripts(base, sub?, nil, 0) = node.kind, NodeShapes.letter(base) == letter else { return true }
            if let k = NodeShapes.integer(sub), k > 0 {
                uses.append((node.range, String(k)))
            } else if let role = NodeShapes.letter(sub), "apn".unicodeScalars.contains(role) {
                uses.append((node.range, String(Character(role))))
            }
            return false
        }
        guard !uses.isEmpty else { return piece }
        // (The walk visits a node before its children and never goes into
        // a use: the uses are in order and apart.)
        var result = piece
        result.fragment = piece.fragment.replacing(uses.map { ($0.range, written(for: $0.index)) })
        return result
    }
}
