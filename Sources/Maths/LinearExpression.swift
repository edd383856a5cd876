

/// A linear combination of symbols with exact rational coefficients,
/// `c + Σᵢ kᵢ·sᵢ`: the form of every gradient of the triplet loss when the
/// hinge is active, since the loss is quadratic in the embeddings.
///
/// Two expressions are equal exactly when every coefficient is: `==` compares
/// coefficient by coefficient, never numerically.
public struct LinearExpression: Hashable, Sendable {
    /// Non-zero coefficients only, so that equal expressions compare equal.
    public private(set) var coefficients: [Symbol: Rational]
    public private(set) var constant: Rational

    public static let zero = LinearExpression()

    public init(_ coefficients: [Symbol: Rational] = [:], constant: Rational = .zero) {
        self.coefficients = coefficients.filter { !$0.value.isZero }
        self.constant = constant
    }

    public init(_ symbol: Symbol) {
        self.init([symbol: .one])
    }

    public init(constant: Rational) {
        self.init([:], constant: constant)
    }

    public var isConstant: Bool { coefficients.isEmpty }

    /// The expression with symbols renamed (`f_a` → `f_1`); symbols that
    /// meet add their coefficients.
    public func renaming(_ names: [Symbol: Symbol]) throws -> LinearExpression {
        var renamed: [Symbol: Rational] = [:]
        for (symbol, c) in coefficients {
            let to = names[symbol] ?? symbol
            renamed[to] = try (renamed[to] ?? .zero).adding(c)
        }
        return LinearExpression(renamed, constant: constant)
    }
    public var symbols: [Symbol] { coefficients.keys.sorted() }

    public func coefficient(of symbol: Symbol) -> Rational {
        coefficients[symbol] ?? .zero
    }
}

extension LinearExpression {
    public func adding(_ other: LinearExpression) throws -> LinearExpression {
        var sum = coefficients
        for (symbol, k) in other.coefficients {
            sum[symbol] = try (sum[symbol] ?? .zero).adding(k)
        }
        return try LinearExpression(sum, constant: constant.adding(other.constant))
    }

    public func subtracting(_ other: LinearExpression) throws -> LinearExpression {
        try adding(other.scaled(by: Rational(-1)))
    }

    public func scaled(by factor: Rational) throws -> LinearExpression {
        try LinearExpression(
            coefficients.mapValues { try $0.multiplied(by: factor) },
            constant: constant.multiplied(by: factor)
        )
    }

    /// The sum of a list of expressions.
    public static func sum(_ terms: [LinearExpression]) throws -> LinearExpression {
        try terms.reduce(.zero) { try $0.adding($1) }
    }

    /// Evaluates the expression at vector values of its symbols:
    /// `c·𝟙 + Σᵢ kᵢ·vᵢ`, where a missing symbol counts as the zero vector.
    public func evaluate(at values: [Symbol: [Double]], dimension: Int) -> [Double] {
        var result = [Double](repeating: constant.doubleValue, count: dimension)
        for (symbol, k) in coefficients {
            guard let vector = values[symbol] else { continue }
            let scale = k.doubleValue
            for j in 0..<dimension { result[j] += scale * vector[j] }
        }
        return result
    }
}

extension LinearExpression: CustomStringConvertible {
    /// Canonical LaTeX: terms with positive coefficients first, then negative
    /// ones, each in symbol order (`f_n - f_p`, `2f_1 + f_4 - 2f_2`); integer
    /// coefficients juxtaposed, fractions as `\tfrac{p}{q}`, `0` for zero.
    public var description: String {
        let ordered = symbols.filter { coefficients[$0]!.numerator > 0 } + symbols.filter { coefficients[$0]!.numerator < 0 }
        var parts: [(negative: Bool, body: String)] = ordered.map { symbol in
            let k = coefficients[symbol]!
            let magnitude = k.numerator.magnitude
            let factor: String
            if k.isInteger {
                factor = magnitude == 1 ? "" : "\(magnitude)"
            } else {
                factor = "\\tfrac{\(magnitude)}{\(k.denominator)}"
            }
            return (k.numerator < 0, factor + symbol.description)
        }
        if !constant.isZero || parts.isEmpty {
            let magnitude = constant.numerator.magnitude
            let body = constant.isInteger ? "\(magnitude)" : "\\tfrac{\(magnitude)}{\(constant.denominator)}"
            parts.append((constant.numerator < 0, body))
        }
        var text = ""
        for (index, part) in parts.enumerated() {
            if index == 0 {
                text += part.negative ? "-" + part.body : part.body
            } else {
                text += (part.negative ? " - " : " + ") + part.body
            }
        }
        return text
    }
}
