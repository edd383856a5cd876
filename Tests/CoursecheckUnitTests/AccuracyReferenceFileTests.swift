import CoursecheckAssignment
import CoursecheckModels
import CoursecheckReporting
import CoursecheckTestSupport
import CoursecheckTraining
import CoursecheckVerification
import Foundation
import Testing

/// An accuracy reference written by `accuracy-reference` (canonical JSON)
/// and read back by `verify`/`grade`: every fraction k/n_test comes back as
/// the same double, at the sizes of real test sets (not only n = 20, whose
/// fractions happen to survive an inexact reader).
@Suite("The accuracy reference file")
struct AccuracyReferenceFileTests {
    static let sizes = TrainingSizes(inputSize: 100, hiddenSize: 200, bias: "two")
    static let lstm = ModelSpec(name: "LSTM", recurrence: .lstm, levels: 1, bidirectional: false)

    /// A reference of one model whose runs have test_correct = `counts`.
    static func reference(nTest: Int, counts: [Int]) -> AccuracyReference {
        let model = AccuracyReference.ModelAccuracy(slug: "lstm", results: counts.enumerated().map { k, c in
            TrainingResult(model: "lstm", seed: UInt(k + 1), epochs: 1, recipe: Recipe(), sizes: sizes, classes: ["neg", "pos"],
                           parameters: 0, vocabulary: 0, unknownWords: 0, nTrain: 1, nValidation: 1, nTest: nTest, history: [],
                           bestEpoch: 1, validationCorrect: 1, testCorrect: c, testLoss: 0, dataFingerprint: "")
        })
        return AccuracyReference(recipe: Recipe(), sizes: sizes, encoders: [lstm], dataFingerprint: "", classes: ["neg", "pos"],
                                 seeds: (1...counts.count).map(UInt.init), models: [model])
    }

    static func write(_ text: String) throws -> String {
        let url = try PackagePaths.temporaryFolder().appendingPathComponent("reference.json")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// 2,562 is the real-data split of the README; 300 and 1,281 are sizes at
    /// which most fractions came back one ulp off through JSONSerialization.
    @Test("Every fraction k/n survives the file exactly", arguments: [300, 1_281, 2_562, 25_000])
    func exact(nTest: Int) throws {
        // Every k from 0 to n (at 25,000 every 37th, with n itself).
        let counts = Array(stride(from: 0, through: nTest, by: nTest > 5_000 ? 37 : 1)) + [nTest]
        let reference = Self.reference(nTest: nTest, counts: counts)
        let text = try JSONValue.canonicalText(of: reference)
        let read = try AccuracyReference.read(try Self.write(text))
        let model = try #require(read.models.first)
        let wrong = zip(counts, model.accuracies).filter { $0.1 != Double($0.0) / Double(nTest) }
        #expect(wrong.isEmpty, "\(wrong.count) of \(counts.count) fractions changed, first \(wrong.first.map { "\($0.0)/\(nTest) → \($0.1)" } ?? "")")
        let same = read == reference
        #expect(same, "the reference read back differs from the one written")
        #expect(try JSONValue.canonicalText(of: read) == text)
    }

    @Test("A fraction an earlier build wrote one ulp off is read from its count; an edited count or mean is refused")
    func countsAreTheTruth() throws {
        let reference = Self.reference(nTest: 300, counts: [163, 170, 158])
        var value = try JSONValue(encoding: reference)
        func edit(_ body: (inout [String: JSONValue]) -> Void) {
            guard case .object(var top) = value, case .array(var models)? = top["models"], case .object(var model) = models[0] else { return }
            body(&model)
            models[0] = .object(model)
            top["models"] = .array(models)
            value = .object(top)
        }
        // 163/300 = 0.5433333333333333; the old writer gave 0.5433333333333332.
        edit { $0["accuracies"] = .array([.number(0.5433333333333332), .number(170.0 / 300), .number(158.0 / 300)]) }
        let read = try AccuracyReference.read(try Self.write(value.text))
        #expect(read.models[0].accuracies[0] == 163.0 / 300)
        edit { $0["mean"] = .number(0.6) }
        #expect(throws: AccuracyReferenceError.self) { try AccuracyReference.read(try Self.write(value.text)) }
        let edited = try JSONValue.canonicalText(of: reference).replacingOccurrences(of: "\"test_correct\": 163", with: "\"test_correct\": 301")
        #expect(throws: AccuracyReferenceError.self) { try AccuracyReference.read(try Self.write(edited)) }
    }

    /// Written, read back and judged at n_test = 300 (k/300 is where an
    /// inexact reader changed fractions). The LSTM's ten runs got 255, 258,
    /// 252, 255, 256, 254, 255, 257, 253 and 255 of 300 right, worked out by
    /// hand: m = 255/300 = 0.85; the counts' variance is 28/9, so
    /// s = 1.7638/300 = 0.0058794 (above the 0.005 floor);
    /// σ = √(s²·1.1 + 0.85·0.15/300) = √(0.0000380 + 0.000425) = 0.021518;
    /// t(0.995, 9) = 3.249836 gives the 99 % band ± 0.06993 and
    /// t(0.9995, 9) = 4.780913 the 99.9 % band ± 0.10288. So 0.8603 (0.0103
    /// off) is correct, 0.93 and 0.77 (0.08 off) lie between, unverifiable,
    /// and 0.74 and 0.96 (0.11 off) are incorrect.
    @Test("Write, read and judge at n_test = 300: the verdicts worked out by hand")
    func roundTripJudged() throws {
        let counts = [255, 258, 252, 255, 256, 254, 255, 257, 253, 255]
        let written = Self.reference(nTest: 300, counts: counts)
        let read = try AccuracyReference.read(try Self.write(try JSONValue.canonicalText(of: written)))
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let part = try #require(assignment.part1)
        try AccuracyCheck.validate(read, path: "reference.json", part: part, assignmentSHA256: "")
        let band = read.models[0].accuracyBand
        #expect(band.mean == 0.85 && abs(band.standardDeviation - 0.0058794) < 1e-6 && abs(band.sigma - 0.021518) < 1e-6)
        #expect(abs(band.halfWidth(AccuracyBand.inner) - 0.06993) < 1e-5 && abs(band.halfWidth(AccuracyBand.outer) - 0.10288) < 1e-5)
        let check = AccuracyCheck(reference: read)
        for (claim, status) in [(0.8603, Status.correct), (0.93, .unverifiable), (0.77, .unverifiable), (0.74, .incorrect), (0.96, .incorrect)] {
            let verdict = check.check(Self.lstm, claimed: claim, text: "\(claim)")
            #expect(verdict.status == status, "\(claim): \(verdict.status) \(verdict.evidence)")
            #expect(verdict.evidence.contains("K = 10 seeds") && verdict.evidence.contains("n_test = 300"), "\(verdict.evidence)")
        }
        // And through a sheet: the submitted one claims 86.03 % for the LSTM.
        let report = try Verifier.verify(sheetPath: PackagePaths.submittedSheet.path, assignment: assignment,
                                         part1References: try Part1References(part, accuracy: read))
        #expect(report.checks.first { $0.id == .accuracy("lstm") }?.status == .correct)
    }
}

/// What a reference is bound to (B10 of the review): what its runs depend
/// on — Part I's sizes and bias convention, each encoder's cell, levels and
/// directions (with the recipe and the data, which it names itself) — and
/// not the rest of the assignment file, whose points section a course edits
/// (giving `part1.accuracy` points is the very switch issue 20 describes).
@Suite("What an accuracy reference is bound to")
struct AccuracyReferenceBindingTests {
    static func part() throws -> Assignment.RecurrentPart {
        try #require(try Assignment.load(from: PackagePaths.assignment.path).part1)
    }

    static func refusal(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as AccuracyReferenceError { return error.reason } catch { return "\(error)" }
        return nil
    }

    @Test("Another assignment file with the same Part I (points edited) accepts it; another encoder or size refuses it in one line")
    func boundToPartOne() throws {
        let reference = AccuracyReferenceFileTests.reference(nTest: 300, counts: [255, 258, 252])
        var part = try Self.part()
        // Any SHA-256: the file's other sections do not matter.
        #expect(Self.refusal { try AccuracyCheck.validate(reference, path: "r.json", part: part, assignmentSHA256: "0123") } == nil)
        let k = try #require(part.models.firstIndex { $0.slug == "lstm" })
        part.models[k].levels = 2
        let levels = Self.refusal { try AccuracyCheck.validate(reference, path: "r.json", part: part, assignmentSHA256: "") }
        #expect(levels == "model 'lstm' was trained as a 1-level LSTM; the assignment in use specifies a 2-level LSTM")
        part = try Self.part()
        part.models[k].recurrence = .rnn
        #expect(Self.refusal { try AccuracyCheck.validate(reference, path: "r.json", part: part, assignmentSHA256: "") }?
            .contains("specifies a 1-level RNN") == true)
        part = try Self.part()
        part.hiddenSize = 100
        #expect(Self.refusal { try AccuracyCheck.validate(reference, path: "r.json", part: part, assignmentSHA256: "") }?
            .hasPrefix("made for input size 100, hidden size 200") == true)
    }

    @Test("A reference of the first schema (bound to the whole assignment file) is read, used with that file only, and refused in one line otherwise")
    func firstSchema() throws {
        let reference = AccuracyReferenceFileTests.reference(nTest: 300, counts: [255, 258, 252])
        guard case .object(var top) = try JSONValue(encoding: reference) else { Issue.record("not an object"); return }
        top["schema"] = .string("coursecheck.accuracy/1")
        top["encoders"] = nil
        top["assignment_sha256"] = .string("ab12")
        let old = try AccuracyReference.read(try AccuracyReferenceFileTests.write(JSONValue.object(top).text))
        #expect(old.encoders.isEmpty && old.assignmentSHA256 == "ab12" && old.models[0].accuracies.count == 3)
        let part = try Self.part()
        #expect(Self.refusal { try AccuracyCheck.validate(old, path: "r.json", part: part, assignmentSHA256: "ab12") } == nil)
        let other = try #require(Self.refusal { try AccuracyCheck.validate(old, path: "r.json", part: part, assignmentSHA256: "cd34") })
        #expect(other.hasPrefix("a coursecheck.accuracy/1 reference, bound to the whole assignment file (SHA-256 ab12)"), "\(other)")
        #expect(other.contains("make it again with accuracy-reference") && !other.contains("\n"))
        // A first-schema file without its SHA-256, or a new one whose encoders
        // are not its models', is refused when read.
        top["assignment_sha256"] = nil
        #expect(throws: AccuracyReferenceError.self) { try AccuracyReference.read(try AccuracyReferenceFileTests.write(JSONValue.object(top).text)) }
        guard case .object(var new) = try JSONValue(encoding: reference) else { return }
        new["encoders"] = .array([])
        let mismatch = Self.refusal { _ = try AccuracyReference.read(try AccuracyReferenceFileTests.write(JSONValue.object(new).text)) }
        #expect(mismatch?.contains("its encoders () are not those of its models (lstm)") == true, "\(String(describing: mismatch))")
    }
}
