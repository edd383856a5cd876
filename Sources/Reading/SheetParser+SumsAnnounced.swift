import Foundation
import CoursecheckAssignment
import CoursecheckMaths

/// Question 6's sums announced in words before the derivative they come to
/// (round 38): which words name the terms, and which say the sum comes to
/// what follows.
extension SheetParser {
    /// Whether the sentence's words list the terms a sum adds, a colon
    /// right before the sum (`Contributions to $f_1$ come from t1, t2:`,
    /// `Terms for f_1 (from t1, t3):`, `The summands of f_2 are:`).
    static func listsTerms(_ words: [Substring], before prose: String) -> Bool {
        let listed: Set<Substring> = ["terms", "contributions", "contribution", "summands", "contributors"]
        return words.contains(where: listed.contains) && prose.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    }

    /// Words that lead to a result after them: of summing
    /// (`ProseWords.summingOpeners`), of concluding
    /// (`ProseWords.concludingConnectives`), and of simplifying.
    static let resultWords: Set<String> = ProseWords.summingOpeners.union(ProseWords.concludingConnectives).union([
        "simplified", "simplifying", "simplify", "combining", "collecting", "collected", "result", "final", "net", "summed",
    ])

    /// Whether the words right after a sum are one short sentence of their
    /// own that leads to the result after it: `. Total: $∇_{f_1} L = …$`,
    /// `. Simplified: …`, `. In total, …`, `. Hence …`, `. Altogether …`.
    /// Every word is a word of concluding (one at least is not filler) and
    /// no more than four are written; anything longer says something else.
    static func leadsToResultNext(_ rest: String) -> Bool {
        let text = rest.drop(while: \.isWhitespace)
        guard text.first == ".", text.dropFirst().first.map(\.isWhitespace) != false else { return false }
        let words = text.dropFirst().lowercased().split { !$0.isLetter }
        let filler: Set<Substring> = ["in", "the", "this", "gives", "giving", "is", "we", "get", "all", "and"]
        return (1...4).contains(words.count) && words.contains(where: { resultWords.contains(String($0)) })
            && words.allSatisfy { resultWords.contains(String($0)) || filler.contains($0) }
    }
}

extension DerivativeContext {
    /// Samples named alone in the clauses and sentences of the block closed
    /// since the open answer was read (`$f_2$ is used by t1, t3;` after
    /// `∂L/∂f_1 = …`): what the words have turned to since that answer.
    var mentionsSinceOpen: [Symbol] {
        mentionsBefore.starts(with: openMentionsBefore) ? Array(mentionsBefore.dropFirst(openMentionsBefore.count)) : mentionsBefore
    }
}
