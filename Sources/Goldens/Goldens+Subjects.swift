import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckModels
import CoursecheckNumerics
import CoursecheckReporting
import CoursecheckVerification

extension Goldens {
    /// Every Part II derivative's exact expected expression, coefficient by
    /// coefficient.
    static func expressions(_ references: [(DerivativeQuestion, [Symbol: DerivativeReference])], _ a: Assignment) -> JSONValue {
        var entries: [String: JSONValue] = [:]
        for (question, refs) in references {
            for symbol in question.symbols {
                let e = refs[symbol]!.expected
                var coefficients: [String: JSONValue] = [:]
                for s in e.symbols { coefficients[s.description] = .string(e.coefficient(of: s).description) }
                entries[question.answer(symbol).description] = .object([
                    "expected": .string(e.description),
                    "coefficients": .object(coefficients),
                    "unscaled": .string(refs[symbol]!.unscaled.description),
                    "hinge": .string(question.active ? "active" : "inactive"),
                ])
            }
        }
        return .object([
            "loss": .string("max(0, ½‖f_a − f_p‖² − ½‖f_a − f_n‖² + α)"),
            "derivatives": .object(entries),
            "provenance": provenance(a, ["margin": .number(a.part2.margin)]),
        ])
    }

    /// Question 4's counts, by enumeration and by closed form.
    static func counts(_ a: Assignment) throws -> JSONValue {
        let c = try TripletCounts(part: a.part2)
        let factors = { (f: [Int]?) -> JSONValue in f.map { .array($0.map(JSONValue.int)) } ?? .null }
        return .object([
            "all": .int(c.all), "valid": .int(c.valid),
            "all_factors": factors(c.allFactors), "valid_factors": factors(c.validFactors),
            "samples": .int(a.part2.samples), "labels": .array(a.part2.labels.map(JSONValue.int)),
            "provenance": provenance(a, ["method": .string("gsl_combination × gsl_permutation, checked with gsl_sf_choose and gsl_sf_fact")]),
        ])
    }

    /// The six models' inventories under both bias conventions.
    static func inventories(_ part: Assignment.RecurrentPart, _ a: Assignment) throws -> JSONValue {
        var conventions: [String: JSONValue] = [:]
        for bias in BiasConvention.allCases {
            let report = try ModelsReport(specs: part.models, inputSize: part.inputSize, hiddenSize: part.hiddenSize, bias: bias)
            conventions[bias.rawValue] = try JSONValue(encoding: report.models)
        }
        return .object([
            "input_size": .int(part.inputSize), "hidden_size": .int(part.hiddenSize),
            "conventions": .object(conventions),
            "provenance": provenance(a, ["method": .string("tensors read off instantiated models")]),
        ])
    }

    /// The finite-difference cross-checks of Part II and the gradient checks
    /// of Part I, worst errors as bounds.
    static func numerics(_ references: [(DerivativeQuestion, [Symbol: DerivativeReference])], _ a: Assignment) throws -> JSONValue {
        let tolerance = a.reference.tolerance
        var fd: [String: JSONValue] = [:]
        for (question, refs) in references {
            let worst = question.symbols.map { refs[$0]!.deviation(of: refs[$0]!.expected).magnitude }.max() ?? 0
            fd[question.id.key] = .object([
                "hinge": .string(question.active ? "active" : "inactive"),
                "draws": .int(a.reference.draws), "dimension": .int(a.reference.dimension),
                "max_error": .string(bound(worst, tolerance)),
            ])
        }
        var result: [String: JSONValue] = [
            "finite_differences": .object(fd),
            "provenance": provenance(a, ["fd_step": .number(a.reference.step), "tolerance": .number(tolerance)]),
        ]
        if let part1 = a.part1 {
            let check = GradientCheck()
            let report = try GradientCheckReport(part1, check: check)
            var models: [String: JSONValue] = [:]
            for m in report.models {
                models[m.slug] = .object([
                    "directions": .int(m.directions), "coordinates": .int(m.coordinates),
                    "max_relative_error": .string(bound(m.maxRelativeError, check.tolerance)), "passed": .bool(m.passed),
                ])
            }
            result["gradient_check"] = .object([
                "models": .object(models), "seed": .int(Int(check.seed)), "steps": .int(check.steps),
                "batch": .int(check.batch), "fd_step": .number(check.method.step), "tolerance": .number(check.tolerance),
            ])
        }
        return .object(result)
    }

    /// "< 1e-6" when within the tolerance, "> 1e-6" otherwise.
    static func bound(_ error: Double, _ tolerance: Double) -> String {
        (error <= tolerance ? "< " : "> ") + Magnitude.format(tolerance)
    }
}
