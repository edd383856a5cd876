import CoursecheckMaths

/// The head of a derivative: ∂ (or d) of the loss over ∂ of a sample.
public struct DerivativeHead: Sendable, Equatable {
    /// How the head is written.
    public enum Form: String, Sendable, Equatable {
        /// `\frac{\partial L}{\partial f_1}`, `{dL \over df_1}`.
        case fraction
        /// `\frac{\partial}{\partial f_1} L`, `\frac{d}{df_1}\sum_k L(t_k)`.
        case fractionOperator
        /// `\partial L / \partial f_1`, `dL/df1`.
        case slash
        /// `d/df1 L`.
        case slashOperator
        /// `\nabla_{f_1} L`, `\partial_{f_1} L`, `grad_f1 L`.
        case subscriptOperator
        /// `\pdv{L}{f_1}`, `\dv{L}{f_1}`, `\pdv{f_1} L`.
        case command
        /// `L'(f_1)`.
        case prime
        /// `grad of L w.r.t. f_1`, `gradient of L_3 with respect to f_1` (plain text).
        case words
    }

    /// The sample it is taken with respect to, as written (a role or a sample).
    public var variable: Symbol
    public var loss: Loss
    public var form: Form
    public var range: Range<Int>
}

/// Reading a derivative head off a chain's first side.
public enum DerivativeShape {
    /// The head that `nodes` are (the first side of a chain, a trailing
    /// triplet label allowed: `\frac{\partial L}{\partial f_1} t_1`); nil
    /// when they hold no derivative; an error when they hold one that
    /// cannot be read with certainty.
    public static func match(_ nodes: [MathNode], naming: SampleNaming = .standard) -> Result<DerivativeHead, NotationError>? {
        let flat = NodeShapes.flatten(nodes)
        guard let range = flat.range else { return nil }
        // `\sum_{t=1}^{8} \nabla_{f_1} L^{(t)}`: the sum of one head over
        // the triplets, whose loss names no one triplet; the summand may be
        // evaluated at the sum's own triplet (`\sum_k \frac{\partial
        // L}{\partial f_1}\Big|_{t_k}`).
        if flat.count > 1, LossShape.sumBase(flat[0]) == .largeOperator {
            var summand = Array(flat.dropFirst())
            if let (inner, label) = evaluationBar(summand), LossShape.label(label, naming: naming) == .generic { summand = inner }
            if case .success(var head)? = match(summand, naming: naming) {
                guard !head.loss.summed, head.loss.label == .none || head.loss.label == .generic else {
                    return .failure(NotationError(range, "a sum over triplets of one triplet's derivative"))
                }
                head.loss.summed = true
                head.range = range
                return .success(head)
            }
        }
        if let (inner, label) = evaluationBar(flat) {
            // `\left.\frac{\partial L}{\partial f_1}\right|_{t_1}`: the head
            // evaluated at triplet 1 is the head with that label.
            guard let result = match(inner, naming: naming) else { return nil }
            return result.flatMap { (head: DerivativeHead) -> Result<DerivativeHead, NotationError> in
                guard let l = LossShape.label(label, naming: naming), case .triplet = l,
                      let merged = LossShape.merge(head.loss.label, l) else {
                    return .failure(NotationError(label.range, "the subscript of the evaluation bar is not a triplet"))
                }
                var h = head
                h.loss.label = merged
                h.range = range
                return .success(h)
            }
        }
        // `\left(\frac{\partial L}{\partial f_a}\right)`, `(dL/df_a)`, `[∂L/∂f_1]`:
        // a head alone in brackets is that head (a norm's bars, `|…|`, are not brackets).
        if flat.count == 1, case let .fenced(open, body, close) = flat[0].kind, open.family == close.family,
           open.family == .parenthesis || open.family == .bracket, case .success(var head)? = match(body, naming: naming) {
            head.range = range
            return .success(head)
        }
        if let head = fraction(flat, naming) ?? slash(flat, naming) ?? subscripted(flat, naming) ?? command(flat, naming) ?? primed(flat, naming) ?? inWords(flat, naming) {
            return head.map { var h = $0; h.range = range; return h }
        }
        guard mentionsDerivative(flat) else { return nil }
        return .failure(NotationError(range, "cannot read this derivative"))
    }

    /// Whether `nodes` start with a derivative with respect to a bare
    /// letter that names no sample (`x`, `y`, `z`, `u`, `v`, `w`, however
    /// decorated): `\frac{\partial}{\partial x}`, `d/dx`, `\nabla_x`,
    /// `\partial_{\mathbf x}`, `\pdv{x}`. Such a head states a general
    /// fact (`∂/∂x ½‖x − y‖² = x − y`), not an answer.
    public static func overGeneralLetter(_ nodes: [MathNode]) -> Bool {
        let flat = NodeShapes.flatten(nodes)
        func general(_ variable: [MathNode]) -> Bool {
            let v = NodeShapes.flatten(variable)
            guard let first = v.first, let c = NodeShapes.letter(NodeShapes.core(first)) else { return false }
            return "xyzuvw".unicodeScalars.contains(c)
        }
        guard let first = flat.first else { return false }
        switch NodeShapes.core(first).kind {
        case let .fraction(.fraction, _, d):
            guard let (_, rest) = splitDifferential(NodeShapes.flatten([d])) else { return false }
            return NodeShapes.flatten(rest).count == 1 && general(rest)
        case let .scripts(base, sub?, nil, 0):
            let role = NodeShapes.core(base).atomRole
            return (role == .nabla || role == .partial) && NodeShapes.flatten([sub]).count == 1 && general([sub])
        case let .command(_, .derivative, arguments, _):
            return arguments.last.map { NodeShapes.flatten([$0]).count == 1 && general([$0]) } ?? false
        default:
            guard let at = flat.firstIndex(where: { NodeShapes.operation($0) == .divide }), at > 0,
                  splitDifferential(Array(flat[..<at])) != nil,
                  let (_, afterD) = splitDifferential(Array(flat[(at + 1)...])) else { return false }
            return general(afterD)
        }
    }

    /// An evaluation bar at a triplet, `\left. X \right|_{t_1}`, or one
    /// after X without its `\left.` (`X \Big|_{t_1}`, `X|_{t_1}`: the bar's
    /// size is no part of the tree), or X in brackets labelled by it,
    /// `\left[X\right]_{t_1}`, `(X)_{t_1}`: X and the subscript node. Nil
    /// for anything else. (The subscript must then name a triplet.)
    static func evaluationBar(_ flat: [MathNode]) -> ([MathNode], MathNode)? {
        if flat.count >= 2, case let .scripts(base, sub?, nil, 0) = flat[flat.count - 1].kind, let token = base.atomToken,
           token.kind == .other("|") || token.kind == .command("vert") || token.kind == .command("rvert") || token.kind == .command("mid") {
            return (Array(flat.dropLast()), sub)
        }
        guard flat.count == 1, case let .scripts(base, sub?, nil, 0) = flat[0].kind,
              case let .fenced(open, body, close) = base.kind,
              open.family == .invisible && close.family == .vert
                || open.family == close.family && (open.family == .bracket || open.family == .parenthesis) else { return nil }
        return (NodeShapes.flatten(body), sub)
    }

    /// Whether nodes hold a derivative sign: ∂, ∇, a derivative command, or
    /// a fraction whose parts start with a differential.
    public static func mentionsDerivative(_ nodes: [MathNode]) -> Bool {
        nodes.contains { node in
            switch NodeShapes.core(node).kind {
            case .atom(_, .partial?), .atom(_, .nabla?), .command(_, .derivative, _, _), .atom(_, .derivative?): return true
            case let .scripts(base, _, _, _): return mentionsDerivative([base])
            case let .fraction(.fraction, n, d):
                return differential(NodeShapes.flatten([n]).first) != nil && differential(NodeShapes.flatten([d]).first) != nil
                    || mentionsDerivative(NodeShapes.flatten([n])) || mentionsDerivative(NodeShapes.flatten([d]))
            default: return false
            }
        }
    }

    enum Differential { case partial, upright }

    /// ∂ or d: `\partial`, `∂`, `d`, `\mathrm{d}`, `\operatorname{d}`, `\text{d}`, `\dd`;
    /// and δ (`\delta`, `δ`), which some courses write for ∂ (the variation).
    static func differential(_ node: MathNode?) -> Differential? {
        guard let node else { return nil }
        let core = NodeShapes.core(node)
        if core.atomRole == .partial { return .partial }
        if case .atom(let t, _) = core.kind, t.kind == .command("delta") || t.kind == .letter("δ") { return .partial }
        if core.atomRole == .differential { return .upright }
        if case .command(_, .differential, let arguments, _) = core.kind, arguments.isEmpty { return .upright }
        if NodeShapes.letter(core) == "d" { return .upright }
        return nil
    }

    /// `D x` at the start of `nodes`: the differential and the nodes after it.
    /// `\dd{x}` carries its x.
    static func splitDifferential(_ nodes: [MathNode]) -> (Differential, [MathNode])? {
        guard let first = nodes.first else { return nil }
        if case .command(_, .differential, let arguments, let optional) = NodeShapes.core(first).kind, optional.isEmpty,
           let x = arguments.last {
            return (.upright, NodeShapes.flatten([x]) + nodes.dropFirst())
        }
        guard let d = differential(first) else { return nil }
        // `d(L)/d(f_a)`: what the differential applies to, in parentheses.
        if nodes.count > 1, case .fenced(let open, let body, _) = nodes[1].kind, open.family == .parenthesis, !body.isEmpty {
            return (d, NodeShapes.flatten(body) + nodes.dropFirst(2))
        }
        return (d, Array(nodes.dropFirst()))
    }

    /// The sample of `D s` (all of `nodes`), or nil.
    static func variable(_ nodes: [MathNode], _ naming: SampleNaming) -> Symbol? {
        guard let (_, rest) = splitDifferential(nodes) else { return nil }
        return SampleShape.read(rest, naming: naming)
    }

    /// The loss and trailing label of `nodes` (`L`, `L^t`, `\sum_k L(t_k)`,
    /// `L t_1`, `L (t)`), or nil.
    static func loss(_ nodes: [MathNode], trailing: [MathNode] = [], _ naming: SampleNaming) -> Result<Loss, NotationError>? {
        var lossNodes = nodes
        var extra = trailing
        if extra.isEmpty, lossNodes.count > 1, let last = lossNodes.last, LossShape.label(last, naming: naming) != nil,
           LossShape.read(lossNodes, naming: naming) == nil {
            extra = [lossNodes.removeLast()]
        }
        guard let result = LossShape.read(lossNodes, naming: naming) else { return nil }
        guard case .success(var loss) = result else { return result }
        for node in extra {
            guard let l = LossShape.label(node, naming: naming), let merged = LossShape.merge(loss.label, l) else { return nil }
            loss.label = merged
        }
        return .success(loss)
    }

    /// Labels after a head: `t_1`, `(t_1)`, `(t)`.
    static func trailingLabel(_ nodes: ArraySlice<MathNode>, _ naming: SampleNaming) -> Loss.Label? {
        guard !nodes.isEmpty else { return Loss.Label.none }
        guard nodes.count == 1 else { return nil }
        return LossShape.label(nodes.first!, naming: naming)
    }

    static func head(_ variable: Symbol, _ loss: Result<Loss, NotationError>?, label: Loss.Label?, _ form: DerivativeHead.Form,
                     _ nodes: [MathNode]) -> Result<DerivativeHead, NotationError>? {
        guard let loss, let label else { return nil }
        switch loss {
        case .failure(let e): return .failure(e)
        case .success(var l):
            guard let merged = LossShape.merge(l.label, label) else {
                return .failure(NotationError(nodes.range ?? l.range, "the loss has two different labels"))
            }
            l.label = merged
            return .success(DerivativeHead(variable: variable, loss: l, form: form, range: nodes.range ?? l.range))
        }
    }
}
