import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation
import CoursecheckTestSupport
import Foundation
import Testing

/// The maths of a catalogue entry: its spans, when the entry is maths only
/// (delimited spans with nothing but white space and punctuation between,
/// or plain-text lines with no prose word).
func mathsSpans(_ text: String) -> [(text: String, plainText: Bool)]? {
    let pattern = #"\$\$([\s\S]*?)\$\$|\\\[([\s\S]*?)\\\]|\\\(([\s\S]*?)\\\)|\$([^$]*?)\$|(\\begin\{((?!tabular)[a-z*]+)\}[\s\S]*?\\end\{\6\})"#
    let regex = try! NSRegularExpression(pattern: pattern)
    let ns = text as NSString
    var spans: [(String, Bool)] = []
    var outside = ""
    var last = 0
    for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
        outside += ns.substring(with: NSRange(location: last, length: match.range.location - last))
        for g in 1...5 where match.range(at: g).location != NSNotFound {
            spans.append((ns.substring(with: match.range(at: g)), false))
            break
        }
        last = match.range.location + match.range.length
    }
    outside += ns.substring(from: last)
    if spans.isEmpty {
        guard !text.contains("|"), !text.contains("```"), !text.contains("\n- "),
              text.range(of: "[A-Za-z]{4,}", options: .regularExpression) == nil else { return nil }
        return [(text, true)]
    }
    return outside.allSatisfy { $0.isWhitespace || ":.,".contains($0) } ? spans : nil
}

/// Reading one catalogue entry through the grammar's API, as Question N's
/// reader will: what symbols mean under its heading.
func grammarReading(_ entry: NotationEntry, assignment: Assignment) -> (NotationReading, question: String)? {
    guard let q = entry.question, let text = entry.text, let spans = mathsSpans(text) else { return nil }
    let parts = q.split(separator: ".").compactMap { Int($0) }
    let samples = Set(assignment.part2.sampleSymbols)
    let roles = Set(Symbol.roles)
    let question: NotationReading.Question
    switch (parts.first, parts.count) {
    case (2?, 1), (3?, 1):
        question = .init(naming: SampleNaming(bareRoles: true), allowed: roles, triplet: nil, rolesMeanSamples: false, triplets: assignment.part2.triplets)
    case (5?, _):
        question = .init(naming: SampleNaming(bareRoles: true), allowed: samples.union(roles), triplet: parts.count > 1 ? parts[1] : nil,
                         rolesMeanSamples: true, triplets: assignment.part2.triplets)
    default:
        question = .init(naming: .standard, allowed: samples, triplet: nil, rolesMeanSamples: false, triplets: assignment.part2.triplets)
    }
    return (NotationReading.read(spans, question: question), q)
}

/// The id a claim answers: `part2.q3.f_a`, `part2.q5.2.f_1`, `part2.q6.f_4`.
func answerID(_ claim: NotationReading.Claim, question: String) -> String {
    if question.hasPrefix("5") { return "part2.q5.\(claim.triplet.map(String.init) ?? "?").\(claim.variable)" }
    return "part2.q\(question).\(claim.variable)"
}

@Suite("The grammar reads every maths-level entry of the notation catalogue as the old reader does")
struct GrammarCatalogueTests {
    static let entries = NotationEntry.all.filter { $0.question != nil && $0.text.flatMap(mathsSpans) != nil }

    @Test("Most of the catalogue is maths-level")
    func coverage() {
        #expect(Self.entries.count >= 90, "\(Self.entries.count) maths-level entries")
    }

    @Test("Each maths-level entry reads as written down", arguments: entries)
    func entry(_ entry: NotationEntry) throws {
        let assignment = try Assignment.load(from: PackagePaths.assignment.path)
        let (reading, question) = try #require(grammarReading(entry, assignment: assignment))
        let claims = reading.claims.enumerated().filter { answerID($0.element, question: question) == entry.id }
        if let expected = entry.reading {
            #expect(claims.count == 1, "claims: \(reading.claims.map { answerID($0, question: question) }); errors: \(reading.errors)")
            #expect(claims.first.map { reading.spoiled[$0.offset] == nil } ?? false, "\(reading.errors)")
            #expect(claims.first?.element.answer.description == expected, "read \(claims.first?.element.answer.description ?? "nothing")")
            #expect(reading.errors.isEmpty, "\(reading.errors)")
        } else {
            let reason = try #require(entry.error)
            let read = claims.filter { reading.spoiled[$0.offset] == nil }
            #expect(read.isEmpty, "read \(read.map(\.element.answer.description)) where the catalogue says: \(reason)")
            #expect(reading.errors.contains { $0.message.contains(reason) }, "\(reading.errors)")
        }
    }
}
