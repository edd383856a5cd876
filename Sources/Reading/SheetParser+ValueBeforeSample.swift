import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

/// A value of Question 5 written before the sample it is for, held until
/// that sample is read (`I get $f_4 - f_3$ for $f_2$`).
struct ValueBeforeSample {
    var body: [MathNode]
    var span: MathReading
    var at: SourceLocation
    /// Words beside it changed it (`twice f4 - f3 for f2`): already left
    /// to a person; the sample after it is its, no other value's.
    var changed = false
}

extension SheetParser {
    /// Whether the words between a value and the maths after it say that
    /// maths is the sample the value is for: "for", "w.r.t.", "wrt", "with
    /// respect to", each perhaps with "sample" or "the sample" after
    /// (`$f_4 - f_3$ for $f_2$`, `f4 − f3 w.r.t. f2`, `0 with respect to
    /// the sample f_6`). Anything else between (a mark, "and", another
    /// word) is no such cue.
    static func introducesItsSample(_ between: String) -> Bool {
        guard !between.contains(where: { ",;:!?()=".contains($0) }) else { return false }
        var words = between.lowercased().split { !$0.isLetter }
        if words.last == "sample" || words.last == "embedding" { words.removeLast() }
        if words.last == "the" { words.removeLast() }
        return [["for"], ["wrt"], ["w", "r", "t"], ["with", "respect", "to"]].contains(words.map(String.init))
    }

    /// `… (triplet $t_4$), I get $f_4 - f_3$ for $f_2$, $f_3 - f_2$ for
    /// $f_3$ and $f_2 - f_4$ for $f_4$`, `Differentiating gives f4 − f3
    /// w.r.t. f2, …` (plain text): under Question 5, a value whose own
    /// words right after it are only "for" / "w.r.t." / "with respect to"
    /// before maths that names one sample is that sample's — held here
    /// until the sample is read (`givesHeldValue`). Not when the sentence
    /// named a sample still waiting for its value (`with respect to $f_1$
    /// it is $A$, $B$ w.r.t. $f_2$`: whose $A$ or $B$ is is for a person),
    /// nor in a sentence naming a sum (Question 6's working, `we collect
    /// … for f₁`).
    func holdsValueForSample(_ body: [MathNode], in span: MathReading, at: SourceLocation, between: String, question: QuestionID,
                             naming: SampleNaming, context: inout DerivativeContext, into sheet: inout ParsedSheet) -> Bool {
        guard question == .question(5) || question.tripletNumber != nil, context.mentions.isEmpty,
              Self.introducesItsSample(between), !Self.namesSum(context.words),
              SampleShape.read(body, naming: naming) == nil else { return false }
        if let held = context.valueBeforeSample {
            context.valueBeforeSample = nil
            if !held.changed { heldValueUnplaced(held, question: question, context: &context, into: &sheet) }
        }
        context.valueBeforeSample = ValueBeforeSample(body: body, span: span, at: at)
        return true
    }

    /// The sample right after a held value and its cue (`… for $f_2$`):
    /// the value is that sample's, read as a value the sentence states for
    /// it. Any other maths, or other words between, leaves the value to a
    /// person (`heldValueUnplaced`).
    func givesHeldValue(to sample: Symbol, proseBefore: String, question: QuestionID, symbols: [Symbol], allowed: Set<Symbol>,
                        naming: SampleNaming, label: Int?, context: inout DerivativeContext, into sheet: inout ParsedSheet) -> Bool {
        guard let held = context.valueBeforeSample else { return false }
        context.valueBeforeSample = nil
        guard Self.introducesItsSample(proseBefore) else {
            if !held.changed { heldValueUnplaced(held, question: question, context: &context, into: &sheet) }
            return false
        }
        // (A value its words changed was reported; its sample is taken.)
        if held.changed { return true }
        context.mentions = [sample]
        statedByCue(held.body, in: held.span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                    context: &context, into: &sheet)
        return true
    }

    /// A held value no sample followed: for a person, at its place.
    func heldValueUnplaced(_ held: ValueBeforeSample, question: QuestionID, context: inout DerivativeContext, into sheet: inout ParsedSheet) {
        sheet.problems.append(problem(.unplaced(question, held.at), held.at, "a value before words that name no one sample it is for",
                                      detail: held.span.text(held.body.range ?? 0..<0)))
        context.unread = true
    }

    /// Reports the held value, if any, when what is read next is no lone
    /// sample (nil: the section's end).
    func flushHeldValue(before item: MathItem?, naming: SampleNaming, question: QuestionID, context: inout DerivativeContext,
                        into sheet: inout ParsedSheet) {
        guard let held = context.valueBeforeSample, item.flatMap({ SampleShape.read($0.nodes, naming: naming) }) == nil else { return }
        context.valueBeforeSample = nil
        if !held.changed { heldValueUnplaced(held, question: question, context: &context, into: &sheet) }
    }

    /// `anchor f_1 → f_5 - f_2; positive f_2 → f_2 - f_1; …`, `$f_1
    /// \mapsto f_5 - f_2$`: under Question 5, a sample, an arrow (`→`,
    /// `↦`, `\to`, `\mapsto`), then a value maps the sample to its
    /// gradient: read as a value the sentence states for that sample. A
    /// role on the left (`f_a ↦ f_n - f_p`, the rule restated) or a lone
    /// sample on the right (`f_a → f_1`, which sample plays a role) is no
    /// such map.
    /// (The samples listed right before the map, `f_3, f_4, f_6 \mapsto
    /// 0`, are given its value too: `samplesBeforeMaps`.)
    func sampleMappedToValue(_ item: MathItem, in span: MathReading, question: QuestionID, symbols: [Symbol], allowed: Set<Symbol>, naming: SampleNaming,
                             label: Int?, context: inout DerivativeContext, into sheet: inout ParsedSheet) -> Bool {
        guard question == .question(5) || question.tripletNumber != nil, let sample = Self.mappedSample(item, naming: naming) else { return false }
        context.mentions = context.samplesBeforeMap + [sample]
        context.samplesBeforeMap = []
        statedByCue(item.sides[1].nodes, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                    context: &context, into: &sheet)
        return true
    }

    /// The sample an item maps to a value (`f_1 \mapsto f_5 - f_2`, `f1 ->
    /// f5 - f2`): a lone sample that is no role, an arrow, a value that is
    /// no lone sample; nil for any other item.
    static func mappedSample(_ item: MathItem, naming: SampleNaming) -> Symbol? {
        let sides = item.sides
        guard sides.count == 2, let arrow = sides[1].relation, [.tendsTo, .mapsTo].contains(arrow),
              let sample = SampleShape.read(sides[0].nodes, naming: naming), !Symbol.roles.contains(sample),
              !sides[1].nodes.isEmpty, SampleShape.read(sides[1].nodes, naming: naming) == nil else { return nil }
        return sample
    }

    /// `f_3, f_4, f_6 \mapsto 0`, `…; f3, f4, f6 -> 0`: samples listed
    /// alone, only commas between, right before a map, share its value. By
    /// the map's index, the samples listed before it (their own items
    /// answer nothing). Not when a role is listed. When a value alone
    /// follows the map after a comma (`f_1, f_2 \mapsto A, B`: values in
    /// turn), the map is in `inTurn`: for a person, never the first value
    /// for the last sample.
    static func samplesBeforeMaps(_ items: [MathItem], naming: SampleNaming) -> (shared: [Int: [Symbol]], inTurn: Set<Int>) {
        var result: [Int: [Symbol]] = [:]
        var inTurn: Set<Int> = []
        var run: [Symbol] = []
        for (n, item) in items.enumerated() {
            if item.separator != .comma { run = [] }
            if let s = SampleShape.read(item.nodes, naming: naming) {
                if Symbol.roles.contains(s) { run = [] } else { run.append(s) }
                continue
            }
            defer { run = [] }
            guard !run.isEmpty, mappedSample(item, naming: naming) != nil else { continue }
            if n + 1 < items.count, items[n + 1].separator == .comma, mappedSample(items[n + 1], naming: naming) == nil { inTurn.insert(n) }
            result[n] = run
        }
        return (result, inTurn)
    }

    /// `anchor $f_1$ → $f_4 - f_3$`, `$f_1$ ↦ $f_5 - f_2$`: under Question
    /// 5, the one sample the sentence named, then an arrow alone in the
    /// words (`→`, `↦`, `->`, `⟶`), then a value: the value is that
    /// sample's (as `sampleMappedToValue` reads the arrow inside maths).
    func valueAfterArrow(_ body: [MathNode], in span: MathReading, proseBefore: String, question: QuestionID, symbols: [Symbol],
                         allowed: Set<Symbol>, naming: SampleNaming, label: Int?, context: inout DerivativeContext,
                         into sheet: inout ParsedSheet) -> Bool {
        guard question == .question(5) || question.tripletNumber != nil, context.mentions.count == 1,
              ["→", "↦", "->", "⟶", "⟼", "\\to", "\\mapsto"].contains(proseBefore.trimmingCharacters(in: .whitespaces)),
              SampleShape.read(body, naming: naming) == nil else { return false }
        statedByCue(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                    context: &context, into: &sheet)
        return true
    }

    /// `statedForSamples`, the claims it adds marked as placed by a cue:
    /// in doubt if maths after them in their part is left unread
    /// (`doubtingTheRest`).
    func statedByCue(_ body: [MathNode], in span: MathReading, question: QuestionID, symbols: [Symbol], allowed: Set<Symbol>,
                     naming: SampleNaming, label: Int?, context: inout DerivativeContext, into sheet: inout ParsedSheet) {
        let before = sheet.derivatives.mapValues(\.count)
        statedForSamples(body, in: span, question: question, symbols: symbols, allowed: allowed, naming: naming, label: label,
                         context: &context, into: &sheet)
        for (id, claims) in sheet.derivatives where claims.count > before[id] ?? 0 {
            for i in (before[id] ?? 0)..<claims.count { sheet.derivatives[id]![i].placedByCue = true }
        }
    }
}
