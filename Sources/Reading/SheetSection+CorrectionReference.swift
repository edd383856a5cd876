import Foundation
import CoursecheckDocument

extension SheetSection {
    /// The words a model's name is written in (`2-level bi-LSTM`, `plain RNN`).
    static let modelNameWords: Set<Substring> = ["the", "plain", "simple", "single", "vanilla", "uni", "unidirectional", "bi", "bidirectional",
                                                 "2", "two", "level", "layer", "stacked", "deep", "rnn", "lstm", "gru", "rnns", "lstms"]

    /// Words that label a correction: `Correction`, `Edit`, `Erratum`, `NB`, ….
    static let correctionLabels: Set<String> = ["correction", "corrections", "corrected", "erratum", "errata", "edit", "update", "fix", "fixed", "nb"]

    /// A paragraph that opens with a correction's label naming the question
    /// it corrects, as students write corrections at the sheet's end:
    ///
    ///     Correction to Question 5.3: $∂L/∂f_6$ is $f_2 - f_6$, not …   → Question 5.3
    ///     Correction (Part I, RNN): the count is 80,400, not 60,400      → Part I
    ///     Edit for Q3: …,  Erratum, Question 3: …                       → Question 3
    ///
    /// The label, a preposition (`to`, `for`, `of`, `on`, `in`), a comma or
    /// an opening bracket, a question's name (`parseHeading`), then `:`.
    /// Returns the question and the paragraph with the name left out and
    /// the label kept (`Correction: …`; what the bracket says besides the
    /// question, `RNN`, kept after it), so that it is read under that
    /// question as a note correcting it. Anything else is no reference.
    static func correctionReference(_ inlines: [Inline]) -> (heading: Heading, inlines: [Inline])? {
        guard case .text(let t)? = inlines.first else { return nil }
        let scalars = Array(t.text.unicodeScalars.prefix(120))
        var i = 0
        func skip(_ set: String) { while i < scalars.count, set.unicodeScalars.contains(scalars[i]) { i += 1 } }
        skip(" \t*_>")
        let wordStart = i
        while i < scalars.count, Prose.isLetter(scalars[i]) { i += 1 }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<i])).lowercased()
        guard correctionLabels.contains(word) else { return nil }
        let wordEnd = i
        skip(" \t")
        var bracket = false
        if i < scalars.count, scalars[i] == "(" {
            bracket = true
            i += 1
        } else if i < scalars.count, scalars[i] == "," {
            i += 1
        } else if i < scalars.count, scalars[i] == ":" {
            // `Correction: RNN: 80,400 parameters`: a model's name, then its
            // own colon: Part I's, read there as its row (`ModelListRow`).
            // (Only a model's name between the colons: `Correction: unlike
            // the RNN: here t_3 is …` speaks of something else.)
            if let colon = scalars[(i + 1)...].prefix(32).firstIndex(of: ":"),
               case let words = String(String.UnicodeScalarView(scalars[(i + 1)..<colon])).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }),
               words.contains(where: { ["rnn", "lstm", "gru"].contains(where: $0.contains) }), words.allSatisfy(Self.modelNameWords.contains) {
                return (.part(1), inlines)
            }
            return clauseReference(scalars, t, inlines, from: i + 1)
        } else {
            let prepositionStart = i
            while i < scalars.count, Prose.isLetter(scalars[i]) { i += 1 }
            let preposition = String(String.UnicodeScalarView(scalars[prepositionStart..<i])).lowercased()
            guard ["to", "for", "of", "on", "in"].contains(preposition) else { return nil }
        }
        skip(" \t")
        let referenceStart = i
        // The name runs to the bracket's close or its comma, or to the colon.
        let stops: Set<Unicode.Scalar> = bracket ? [")", ","] : [":"]
        guard let referenceEnd = scalars[i...].firstIndex(where: { stops.contains($0) || $0 == "\n" || $0 == "$" }),
              referenceEnd > referenceStart, stops.contains(scalars[referenceEnd]) else { return nil }
        let reference = String(String.UnicodeScalarView(scalars[referenceStart..<referenceEnd]))
        guard let (heading, _, rest, _) = parseHeading(Substring(reference)),
              rest.trimmingCharacters(in: CharacterSet(charactersIn: " \t*_.")).isEmpty else { return nil }
        // What a bracket says besides the question (`(Part I, RNN)`), then its close.
        var aside = ""
        var colon = referenceEnd
        if bracket {
            guard let close = scalars[referenceEnd...].firstIndex(of: ")") else { return nil }
            if scalars[referenceEnd] == "," {
                aside = String(String.UnicodeScalarView(scalars[(referenceEnd + 1)..<close])).trimmingCharacters(in: .whitespaces)
            }
            colon = close + 1
            while colon < scalars.count, scalars[colon] == " " || scalars[colon] == "*" || scalars[colon] == "_" { colon += 1 }
            guard colon < scalars.count, scalars[colon] == ":" else { return nil }
        }
        // (`**Correction to Q3:**`: the emphasis closing after the colon.)
        var after = colon + 1
        while after < scalars.count, " \t*_".unicodeScalars.contains(scalars[after]) { after += 1 }
        // (The aside names the model only when the text after it names none:
        // `(Part I, RNN): the LSTM has …` is the LSTM's.)
        let text = String(String.UnicodeScalarView(scalars[after...])).lowercased()
        if ["rnn", "lstm", "gru"].contains(where: text.contains) { aside = "" }
        let label = String(String.UnicodeScalarView(scalars[wordStart..<wordEnd])) + ": " + (aside.isEmpty ? "" : aside + ": ")
        var result: [Inline] = [.text(Fragment(Substring(label), start: t.start))]
        if after < t.count { result.append(.text(t.slice(after..<t.count))) }
        result += inlines.dropFirst()
        return (heading, result)
    }

    /// `NB: sign flipped above in Question 3, it is ∂L/∂fₚ = fₐ − fₚ.`: a
    /// label and a colon, then a first clause (to its `,` or `;`) that says
    /// an answer was wrong (`flipped`, `wrong`, `typo`, `mistake`, `error`,
    /// `should`) and names its question after `in`, `for`, `of` or `to`;
    /// the rest of the line is the correction, read under that question as
    /// `Correction: it is …`.
    private static func clauseReference(_ scalars: [Unicode.Scalar], _ t: Fragment, _ inlines: [Inline], from start: Int)
        -> (heading: Heading, inlines: [Inline])? {
        guard let end = scalars[start...].firstIndex(where: { $0 == "," || $0 == ";" || $0 == "$" || $0 == "\n" }),
              scalars[end] == "," || scalars[end] == ";" else { return nil }
        let clause = String(String.UnicodeScalarView(scalars[start..<end]))
        let words = clause.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "." }
        let saysWrong: Set<Substring> = ["flipped", "wrong", "typo", "mistake", "error", "should", "incorrect", "swapped"]
        guard words.contains(where: { saysWrong.contains($0) }) else { return nil }
        // The question's name after a preposition: `in Question 3`, `for Q5.3`, `of Part I`.
        var found: Heading?
        for (n, w) in words.enumerated() where ["in", "for", "of", "to"].contains(w) && n + 1 < words.count && found == nil {
            for candidate in [String(words[n + 1]), words[(n + 1)...].prefix(2).joined(separator: " ")] {
                if let (heading, _, rest, _) = parseHeading(Substring(candidate)), rest.trimmingCharacters(in: CharacterSet(charactersIn: " \t.")).isEmpty {
                    found = heading
                    break
                }
            }
        }
        guard let heading = found else { return nil }
        var after = end + 1
        while after < scalars.count, scalars[after] == " " || scalars[after] == "\t" { after += 1 }
        guard after < scalars.count || inlines.count > 1 else { return nil }
        // (Its label made a correction's, `NB` too: what follows corrects.)
        var result: [Inline] = [.text(Fragment("Correction: ", start: t.start))]
        if after < t.count { result.append(.text(t.slice(after..<t.count))) }
        result += inlines.dropFirst()
        return (heading, result)
    }
}
