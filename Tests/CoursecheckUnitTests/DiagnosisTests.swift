import CoursecheckAssignment
import CoursecheckModels
import CoursecheckReading
import CoursecheckReporting
import CoursecheckTestSupport
import CoursecheckVerification
import Foundation
import Testing

/// Every slip of the catalogue, made on purpose, and the diagnosis worked out
/// by hand. fixtures/assignment.json: t_1 = (f_1, f_2, f_5), t_2 = (f_1,
/// f_3, f_4), t_3 = (f_2, f_1, f_6), t_4 = (f_2, f_3, f_4), t_5 = (f_3, f_1,
/// f_5), t_6 = (f_5, f_6, f_2), t_7 = (f_6, f_4, f_3), t_8 = (f_6, f_4, f_2);
/// classes {f_1, f_2, f_3} and {f_4, f_5, f_6}. With the hinge active,
/// ∂L/∂a = n − p, ∂L/∂p = p − a, ∂L/∂n = a − n; Question 6's ∂/∂f_1 is
/// (f_5 − f_2) + (f_4 − f_3) + (f_1 − f_2) + (f_1 − f_3) = 2f_1 − 2f_2 − 2f_3 + f_4 + f_5.
@Suite("Diagnosis: which known slip a wrong answer is")
struct DiagnosisTests {
    private func check(_ question: String, _ answer: String, id: String) throws -> Check {
        let sheet = "## Question \(question)\n\n\(answer)\n"
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(sheet.utf8), name: "sheet.md"), assignment: assignment)
        return try #require(report.checks.first { $0.id.description == id })
    }

    private func notes(_ check: Check) -> [String] { check.diagnosis.map(\.note) }

    @Test("Each derivative slip, alone or with the slips that give the same answer", arguments: [
        // (question, answer, id, expected notes)
        ("6", "$$\\frac{\\partial L}{\\partial f_1} = -2f_1 + 2f_2 + 2f_3 - f_4 - f_5$$", "part2.q6.f_1", ["sign"]),
        ("3", "$$\\frac{\\partial L}{\\partial f_a} = 2f_n - 2f_p$$", "part2.q3.f_a", ["unscaled-loss"]),
        ("3", "$$\\frac{\\partial L}{\\partial f_a} = 3f_n - 3f_p$$", "part2.q3.f_a", ["scale"]),
        ("5.1", "$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_3$$", "part2.q5.1.f_1", ["substitution"]),
        ("5.2", "$$\\frac{\\partial L}{\\partial f_3} = f_3 - f_4$$", "part2.q5.2.f_3", ["substitution", "role-swap"]),
        ("5.1", "$$\\frac{\\partial L}{\\partial f_1} = f_2 - f_5$$", "part2.q5.1.f_1", ["sign", "role-swap"]),
        ("5.1", "$$\\frac{\\partial L}{\\partial f_2} = f_1 - f_5$$", "part2.q5.1.f_2", ["wrong-variable"]),
        ("5.1", "$$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$$", "part2.q5.1.f_1", ["wrong-triplet"]),
        ("3", "$$\\frac{\\partial L}{\\partial f_a} = 0$$", "part2.q3.f_a", ["hinge"]),
        ("2", "$$\\frac{\\partial L}{\\partial f_a} = f_n - f_p$$", "part2.q2.f_a", ["hinge"]),
        ("6", "$$\\frac{\\partial L}{\\partial f_1} = f_1 - 2f_2 - f_3 + f_4 + f_5$$", "part2.q6.f_1", ["dropped-terms"]),
        ("6", "$$\\frac{\\partial L}{\\partial f_1} = 2f_1 - 3f_2 - 2f_3 + f_4 + 2f_5$$", "part2.q6.f_1", ["extra-terms"]),
        // No single slip: f_3 for f_2, then the ½ left out.
        ("5.1", "$$\\frac{\\partial L}{\\partial f_1} = 2f_5 - 2f_3$$", "part2.q5.1.f_1", ["substitution+unscaled-loss"]),
    ])
    func derivative(question: String, answer: String, id: String, expected: [String]) throws {
        let check = try check(question, answer, id: id)
        #expect(check.status == .incorrect)
        #expect(notes(check) == expected, "\(check.diagnosis)")
    }

    @Test("The sentences name the symbols, roles and triplets")
    func sentences() throws {
        let substitution = try check("5.1", "$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_3$$", id: "part2.q5.1.f_1")
        #expect(substitution.diagnosis.first?.explanation == "f_3 written where f_2 (the positive) belongs")
        let dropped = try check("6", "$$\\frac{\\partial L}{\\partial f_1} = f_1 - 2f_2 - f_3 + f_4 + f_5$$", id: "part2.q6.f_1")
        #expect(dropped.diagnosis.first?.explanation == "leaves out t_5 = (f_3, f_1, f_5)")
        let triplet = try check("5.1", "$$\\frac{\\partial L}{\\partial f_1} = f_4 - f_3$$", id: "part2.q5.1.f_1")
        #expect(triplet.diagnosis.first?.explanation == "f_1's derivative for t_2 = (f_1, f_3, f_4) instead of t_1")
        let combined = try check("5.1", "$$\\frac{\\partial L}{\\partial f_1} = 2f_5 - 2f_3$$", id: "part2.q5.1.f_1")
        #expect(combined.diagnosis.first?.explanation.hasPrefix("two slips: ") == true)
    }

    @Test("A wrong answer that is no known slip gets none, and the report says so")
    func noSlip() throws {
        let check = try check("5.1", "$$\\frac{\\partial L}{\\partial f_1} = 7f_3 + \\frac{1}{2}f_6$$", id: "part2.q5.1.f_1")
        #expect(check.status == .incorrect)
        #expect(check.diagnosis.isEmpty)
        let report = Report(sheet: "sheet.md", checks: [check])
        #expect(report.markdown().contains("Diagnosis: no known slip matches."))
        #expect(try report.json().contains("\"diagnosis\": []"))
    }

    @Test("A correct answer has no diagnosis")
    func correct() throws {
        let check = try check("5.1", "$$\\frac{\\partial L}{\\partial f_1} = f_5 - f_2$$", id: "part2.q5.1.f_1")
        #expect(check.status == .correct && check.diagnosis.isEmpty)
    }

    @Test("Question 4's slips", arguments: [
        ("all", "$20$ triplets", ["ordered-vs-unordered"]),
        ("all", "$216$ triplets", ["with-replacement"]),
        // 3·2·3 = 18 is both half of 36 and one class's anchors (either class).
        ("valid", "$18$ triplets", ["unordered-pairs", "one-class", "one-class"]),
        ("valid", "$54$ triplets", ["class-size"]),
        ("valid", "$32$ triplets", ["class-size"]),
        ("all", "$121$ triplets", []),
    ])
    func counts(kind: String, text: String, expected: [String]) throws {
        let heading = kind == "all" ? "All possible triplets: " : "Valid triplets: "
        let check = try check("4", heading + text, id: "part2.q4.\(kind)")
        #expect(check.status == .incorrect)
        #expect(notes(check) == expected, "\(check.diagnosis)")
    }

    /// Input 100, hidden 200, two biases. RNN: 200·(100 + 200 + 2) = 60,400.
    @Test("Part I's slips", arguments: [
        ("RNN", "60,200", ["one-bias"]),          // 200·301
        ("RNN", "60,000", ["no-bias"]),           // 200·300
        ("LSTM", "181,200", ["gate-count"]),      // 3·200·302
        ("bi-LSTM", "241,600", ["missing-direction"]),
        ("2-level bi-RNN", "281,600", ["level2-input"]),  // 120,800 + 2·200·(200 + 200 + 2)
        ("bi-LSTM", "240,800", ["one-bias+missing-direction"]),  // 4·200·301
        ("RNN", "12,345", []),
    ])
    func parameters(model: String, count: String, expected: [String]) throws {
        let slug = ModelSpec.slug(model)
        let sheet = "Part I\n\n| Model | Parameters | Accuracy |\n|---|---|---|\n| \(model) | \(count) | 50% |\n"
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(sheet.utf8), name: "sheet.md"), assignment: assignment)
        let check = try #require(report.checks.first { $0.id.description == "part1.params.\(slug)" })
        #expect(check.status == .incorrect)
        #expect(notes(check) == expected, "\(check.diagnosis)")
    }

    @Test("The submitted sheet's two wrong Question 5 answers: the roles named, and the anchor–negative swap beside them")
    func submitted() throws {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(sheetPath: PackagePaths.submittedSheet.path, assignment: assignment)
        let q51 = try #require(report.checks.first { $0.id.description == "part2.q5.1.f_5" })
        #expect(q51.diagnosis.map(\.note) == ["substitution", "role-swap"])
        #expect(q51.diagnosis[0].explanation == "f_2 (the positive) written where f_5 (the negative) belongs")
        #expect(q51.diagnosis[1].explanation.hasPrefix("the anchor and the negative exchanged"))
        let q54 = try #require(report.checks.first { $0.id.description == "part2.q5.4.f_2" })
        #expect(q54.diagnosis.map(\.note) == ["substitution", "role-swap"])
        #expect(q54.diagnosis[0].explanation == "f_2 (the anchor) written where f_3 (the positive) belongs")
        #expect(q54.diagnosis[1].explanation.hasPrefix("the anchor and the negative exchanged"))
        // Question 6's f_5 follows from 5.1's slip: carried forward comes first.
        let q6 = try #require(report.checks.first { $0.id.description == "part2.q6.f_5" })
        #expect(q6.diagnosis.first?.note == "carried-forward")
    }

    /// The submitted sheet's own Question 5 answers for f_5 are f_1 − f_2
    /// (t_1, wrong), f_3 − f_5 (t_5) and f_2 − f_6 (t_6); leaving out t_6's
    /// gives f_1 − f_2 + f_3 − f_5, which no slip of the true sum gives.
    @Test("Question 6 summed from the sheet's own answers with one left out")
    func carriedDropped() throws {
        let sheet = try SheetVariant.submitted(replacing: [(
            "= (f_1 - f_2) + (f_3 - f_5) + (f_2 - f_6) = f_1 + f_3 - f_5 - f_6$$",
            "= (f_1 - f_2) + (f_3 - f_5) = f_1 - f_2 + f_3 - f_5$$")])
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(sheet.utf8), name: "sheet.md"), assignment: assignment)
        let check = try #require(report.checks.first { $0.id.description == "part2.q6.f_5" })
        #expect(notes(check) == ["carried-forward+dropped-terms"], "\(check.diagnosis)")
        #expect(check.diagnosis.first?.explanation == "the sheet's own Question 5 answers summed, leaving out t_6 = (f_5, f_6, f_2)")
    }

    /// An assignment that counts one bias: two is then the slip.
    @Test("two-biases where the assignment counts one")
    func twoBiases() throws {
        var assignment = try Assignment.load(from: PackagePaths.assignment.path)
        assignment.part1?.bias = .one
        let sheet = "Part I\n\n| Model | Parameters | Accuracy |\n|---|---|---|\n| RNN | 60,400 | 50% |\n"
        let report = try Verifier.verify(document: try SheetDocument.read(data: Data(sheet.utf8), name: "sheet.md"), assignment: assignment)
        let check = try #require(report.checks.first { $0.id.description == "part1.params.rnn" })
        #expect(check.status == .incorrect)
        #expect(notes(check) == ["two-biases"])
    }

    @Test("A diagnosis never changes a verdict: the same statuses with and without the catalogue")
    func verdictsUnchanged() throws {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let report = try Verifier.verify(sheetPath: PackagePaths.submittedSheet.path, assignment: assignment)
        for check in report.checks where !check.diagnosis.isEmpty {
            #expect(check.status == .incorrect)
        }
    }

    @Test("The parameter variant of each model counts what ModelSpec counts")
    func variantAgreesWithSpec() throws {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let part = try #require(assignment.part1)
        for spec in part.models {
            for bias in BiasConvention.allCases {
                #expect(ParameterVariant(spec, bias: bias).count(input: part.inputSize, hidden: part.hiddenSize)
                    == spec.parameterCount(input: part.inputSize, hidden: part.hiddenSize, bias: bias))
            }
        }
    }
}
