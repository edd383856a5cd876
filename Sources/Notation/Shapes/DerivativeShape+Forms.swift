import CoursecheckMaths

extension DerivativeShape {
    /// `\frac{∂L}{∂s}` and `\frac{∂}{∂s} L`.
    static func fraction(_ nodes: [MathNode], _ naming: SampleNaming) -> Result<DerivativeHead, NotationError>? {
        guard let first = nodes.first, case let .fraction(.fraction, n, d) = NodeShapes.core(first).kind else { return nil }
        let top = NodeShapes.flatten([n])
        guard let (dTop, lossNodes) = splitDifferential(top), differential(NodeShapes.flatten([d]).first) != nil else { return nil }
        _ = dTop
        guard let s = variable(NodeShapes.flatten([d]), naming) else {
            return .failure(NotationError(d.range, "cannot read the variable of this derivative"))
        }
        if lossNodes.isEmpty {
            // The operator `∂/∂s` applied to the loss after it.
            return head(s, loss(Array(nodes.dropFirst()), naming), label: Loss.Label.none, .fractionOperator, nodes)
        }
        return head(s, loss(lossNodes, naming), label: trailingLabel(nodes.dropFirst(), naming), .fraction, nodes)
    }

    /// `∂L/∂s`, `dL/ds`, `d/ds L`.
    static func slash(_ nodes: [MathNode], _ naming: SampleNaming) -> Result<DerivativeHead, NotationError>? {
        guard let at = nodes.firstIndex(where: { NodeShapes.operation($0) == .divide }), at > 0,
              let (_, lossNodes) = splitDifferential(Array(nodes[..<at])) else { return nil }
        let right = Array(nodes[(at + 1)...])
        guard let (_, afterD) = splitDifferential(right) else { return nil }
        guard let (s, next) = SampleShape.read(afterD, at: 0, naming: naming) else {
            return .failure(NotationError(right.range ?? nodes[at].range, "cannot read the variable of this derivative"))
        }
        let rest = Array(afterD[next...])
        if lossNodes.isEmpty {
            return head(s, loss(rest, naming), label: Loss.Label.none, .slashOperator, nodes)
        }
        return head(s, loss(lossNodes, naming), label: trailingLabel(rest[...], naming), .slash, nodes)
    }

    /// `\nabla_{s} L`, `\partial_{s} L`, `∇_s L`, `D_{s} L`.
    static func subscripted(_ nodes: [MathNode], _ naming: SampleNaming) -> Result<DerivativeHead, NotationError>? {
        // `∇f₁ L`, `\nabla f_1 L`: the variable written after ∇ instead of
        // under it, the loss after that.
        if let first = nodes.first, NodeShapes.core(first).atomRole == .nabla, nodes.count >= 2,
           let (s, next) = SampleShape.read(nodes, at: 1, naming: naming) {
            // (`grad fa = …`, `∇f₁ = …`: nothing after the sample, the
            // question's loss, as `grad_f1 = …`; `grad f1 t1`, a triplet's.)
            if next == nodes.count {
                return head(s, .success(Loss(label: .none, summed: false, range: first.range)), label: Loss.Label.none, .subscriptOperator, nodes)
            }
            if next + 1 == nodes.count, let label = LossShape.label(nodes[next], naming: naming), case .triplet = label {
                return head(s, .success(Loss(label: label, summed: false, range: first.range)), label: Loss.Label.none, .subscriptOperator, nodes)
            }
            return head(s, loss(Array(nodes[next...]), naming), label: Loss.Label.none, .subscriptOperator, nodes)
        }
        guard let first = nodes.first, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(first).kind else { return nil }
        let role = NodeShapes.core(base).atomRole
        // `D_{f_1} L`: the derivative operator D, only over a sample and before a loss.
        if NodeShapes.letter(base) == "D", nodes.count > 1, let s = SampleShape.read([sub], naming: naming),
           case .success? = loss(Array(nodes.dropFirst()), naming) {
            return head(s, loss(Array(nodes.dropFirst()), naming), label: Loss.Label.none, .subscriptOperator, nodes)
        }
        guard role == .nabla || role == .partial else { return nil }
        guard let s = SampleShape.read([sub], naming: naming) else {
            return .failure(NotationError(sub.range, "cannot read the variable of this derivative"))
        }
        // `grad_f1 = …` as code prints a gradient: ∇ under a sample with no
        // loss after it is the gradient of the question's loss; a triplet's
        // label alone after it (`grad_f1 t1`) names the triplet.
        if role == .nabla, nodes.count <= 2 {
            if nodes.count == 1 {
                return head(s, .success(Loss(label: .none, summed: false, range: first.range)), label: Loss.Label.none, .subscriptOperator, nodes)
            }
            if let label = LossShape.label(nodes[1], naming: naming), case .triplet = label {
                return head(s, .success(Loss(label: label, summed: false, range: first.range)), label: Loss.Label.none, .subscriptOperator, nodes)
            }
        }
        return head(s, loss(Array(nodes.dropFirst()), naming), label: Loss.Label.none, .subscriptOperator, nodes)
    }

    /// `\pdv{L}{s}`, `\dv{L}{s}`, and the operator `\pdv{s} L`.
    static func command(_ nodes: [MathNode], _ naming: SampleNaming) -> Result<DerivativeHead, NotationError>? {
        guard let first = nodes.first, case let .command(_, .derivative, arguments, optional) = NodeShapes.core(first).kind,
              !arguments.isEmpty else { return nil }
        if let order = optional.first, NodeShapes.integer(order) != 1 {
            return .failure(NotationError(order.range, "a derivative of higher order"))
        }
        guard arguments.count <= 2 else { return .failure(NotationError(first.range, "a mixed derivative")) }
        guard let s = SampleShape.read([arguments.last!], naming: naming) else {
            return .failure(NotationError(arguments.last!.range, "cannot read the variable of this derivative"))
        }
        if arguments.count == 1 {
            return head(s, loss(Array(nodes.dropFirst()), naming), label: Loss.Label.none, .command, nodes)
        }
        return head(s, loss([arguments[0]], naming), label: trailingLabel(nodes.dropFirst(), naming), .command, nodes)
    }

    /// `grad of L w.r.t. f_1`, `gradient of L_3 with respect to f_1`,
    /// `derivative of L wrt f_a` (plain text): ∇ or the word gradient or
    /// derivative, `of` if written, the loss (or none: `grad wrt f_a`),
    /// w.r.t., the sample, nothing after. Other maths with w.r.t. in it is
    /// no derivative.
    static func inWords(_ nodes: [MathNode], _ naming: SampleNaming) -> Result<DerivativeHead, NotationError>? {
        // w.r.t. as its symbol, or spelled out: `with respect to`.
        var w: Int?, after = 0
        for j in nodes.indices {
            if NodeShapes.core(nodes[j]).atomRole == .respect { w = j; after = j + 1; break }
            if let (with, k1) = spelled(nodes, from: j), with.lowercased() == "with", let (respect, k2) = spelled(nodes, from: k1),
               respect.lowercased() == "respect", let (to, k3) = spelled(nodes, from: k2), to.lowercased() == "to" {
                w = j; after = k3; break
            }
        }
        guard let w, w > 0 else { return nil }
        // `The (partial) derivative of L …`: an article or "partial" first.
        var i = 0
        while let (word, next) = spelled(nodes, from: i), ["the", "a", "partial"].contains(word.lowercased()), next < w { i = next }
        if NodeShapes.core(nodes[i]).atomRole == .nabla {
            i += 1
        } else if let (word, next) = spelled(nodes, from: i), ["gradient", "derivative", "grad"].contains(word.lowercased()), next <= w {
            i = next
        } else {
            return nil
        }
        if let (word, next) = spelled(nodes, from: i), word == "of", next <= w { i = next }
        guard after < nodes.count, let s = SampleShape.read(Array(nodes[after...]), naming: naming) else {
            return .failure(NotationError(nodes[w].range, "cannot read the variable of this derivative"))
        }
        // `grad wrt f_a`, `gradient w.r.t. f1`: no loss written between the
        // word and w.r.t. is the loss the question is about, as `L` is.
        if i == w {
            return head(s, .success(Loss(label: .none, summed: false, range: nodes[0].range)), label: Loss.Label.none, .words, nodes)
        }
        return head(s, loss(Array(nodes[i..<w]), naming), label: Loss.Label.none, .words, nodes)
    }

    /// The word spelled by the letters at `nodes[start...]`, written
    /// together, and the index after it.
    static func spelled(_ nodes: [MathNode], from start: Int) -> (String, Int)? {
        var word = ""
        var j = start
        while j < nodes.count, case .atom(let t, _) = nodes[j].kind, case .letter(let c) = t.kind, j == start || t.glued {
            word.unicodeScalars.append(c)
            j += 1
        }
        return word.isEmpty ? nil : (word, j)
    }

    /// `L'(s)`.
    static func primed(_ nodes: [MathNode], _ naming: SampleNaming) -> Result<DerivativeHead, NotationError>? {
        // `L'_{f_1}`, `L'_{x}`: the variable as the primed loss's subscript
        // (the partial derivative `f'_x` of many textbooks).
        if let first = nodes.first, case let .scripts(base, sub?, nil, 1) = first.kind, LossShape.isLossSymbol(base),
           let s = SampleShape.read([sub], naming: naming) {
            return head(s, loss([base], naming), label: trailingLabel(nodes.dropFirst(), naming), .prime, nodes)
        }
        guard nodes.count >= 2, case let .scripts(base, sub, sup, 1) = nodes[0].kind, sup == nil, LossShape.isLossSymbol(base),
              case .fenced(let open, let body, _) = nodes[1].kind, open.family == .parenthesis,
              let s = SampleShape.read(body, naming: naming) else { return nil }
        var lossNodes = [base]
        if let sub {
            lossNodes = [MathNode(.scripts(base: base, sub: sub, sup: nil, primes: 0), nodes[0].range)]
        }
        return head(s, loss(lossNodes, naming), label: trailingLabel(nodes.dropFirst(2), naming), .prime, nodes)
    }
}
