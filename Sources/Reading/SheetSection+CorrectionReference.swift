import Foundation
import CoursecheckDocument

extension SheetSection {
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
        let label = String(String.UnicodeScalarView(scalars[wordStart..<wordEnd])) + ": " + (aside.isEmpty ? "" : aside + ": ")
        var result: [Inline] = [.text(Fragment(Substring(label), start: t.start))]
        if after < t.count { result.append(.text(t.slice(after..<t.count))) }
        result += inlines.dropFirst()
        return (heading, result)
    }
}
