import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

extension SheetParser {
    /// The last label of a range naming a whole list before its first
    /// triplet, from t_1: `t1..t8 =`, `t_1, \dots, t_8 =`, `t_1–t_8:`,
    /// `t1 to t8:`, after words or not (`Triplets t1-t8:`); nil otherwise.
    static func labelRange(_ text: String) -> Int? {
        guard let match = rangeRegex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return Int(text[range])
    }

    private static let rangeRegex: NSRegularExpression = {
        let label = #"t_?\{?\s*"#
        let between = #"\s*,?\s*(?:\.{2,3}|…|\\l?dots|\\cdots|-|–|−|to|through)\s*,?\s*"#
        let pattern = #"^[A-Za-z ]*?\$?\s*"# + label + #"1\s*\}?"# + between + label + #"(\d)\s*\}?\s*\$?\s*(?:=|:)"#
        return try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }()

    /// Reads Question 5's list `t_1 = (f_1, f_2, f_5), …`: every item the
    /// grammar reads as a triplet (`TripletShape`: `t_k = (…)`, `t_k: …`,
    /// with `( )`, `[ ]`, `⟨ ⟩`, members `f_i`, `x_i`, `\mathbf{f}_i` or
    /// numbers). Under Question 5.k (`triplet: k`) the one triplet written
    /// without its label (`Triplet $(f_1, f_2, f_5)$:`) is that question's,
    /// t_k; the list is gathered over the sections.
    func parseTriplets(_ fragments: [MathFragment], section: SheetSection, triplet k: Int? = nil, into sheet: inout ParsedSheet, maths: MathContext) {
        let id = AnswerID.triplets
        var list = sheet.tripletList ?? TripletListClaim(triplets: [:], text: "", location: section.location)
        let before = list.triplets
        var texts: [String] = list.text.isEmpty ? [] : [list.text]
        // Read with a table of their own: the derivative reader reads the
        // same fragments next, and defines their macros then.
        let own = MathContext(table: maths.table)
        defer { maths.record(own.used) }
        // Triplets written without their label, in order.
        var unlabelled: [(members: [Int], at: SourceLocation)] = []
        // `$t_1$: anchor $f_1$, positive $f_2$, negative $f_5$` (or `$a = f_1$`,
        // …): a label alone, then its three roles, each named just before its
        // sample; anything else between them leaves the triplet unread.
        var byRoles: (k: Int, at: SourceLocation, members: [Symbol: Int])?
        let naming = SampleNaming(bareRoles: true)
        // Under Question 5.k, its roles named without a label (`$a = 1$, $p =
        // 2$, $n = 5$:`, `Here $f_a = f_1$, $f_p = f_2$, $f_n = f_5$.`): all
        // three, each once, state t_k; a role named twice otherwise states nothing.
        var partRoles: [Symbol: Int] = [:]
        var partRolesAt: SourceLocation?
        var partRolesClash = false
        // An order of the roles other than the assignment's (`written as
        // (positive, anchor, negative)`, `(a, n, p): …`): which sample has
        // which role is for a person; no triplet is read.
        for piece in fragments {
            if let order = Prose.roleOrder(piece.proseBefore), order != ["a", "p", "n"] {
                sheet.problems.append(problem(id, piece.fragment.start, "the triplets are written in another order than (anchor, positive, negative)",
                                              detail: String(piece.proseBefore.suffix(120))))
                return
            }
        }
        for piece in fragments {
            let span = own.read(piece.fragment, plainText: piece.plainText)
            // `t1..t8 = (…), (…), …`: the list's labels as a range before it;
            // its triplets are the list in order, the first not labelled t_8.
            let ranged = Self.labelRange(piece.proseBefore + piece.fragment.text) == part.triplets.count
            let items = Self.statementsBeforeRoles(span.items.flatMap { TripletShape.splitRun($0, naming: SampleNaming()) }, naming: naming) { item, k in
                sheet.problems.append(problem(id, span.location(item.range.lowerBound), "the roles named after t_\(k) contradict it",
                                              detail: span.text(item.range)))
            }
            for (n, written) in items.enumerated() {
                // `(a, p, n) = (1, 2, 5)`: the members, the roles named before them in order.
                let item = Self.withoutRolesLead(written)
                if k != nil, byRoles == nil, let (role, sample) = item.roleDefinition(naming), case .sample(let i) = sample {
                    if let earlier = partRoles[role], earlier != i { partRolesClash = true }
                    partRoles[role] = i
                    if partRolesAt == nil { partRolesAt = span.location(item.range.lowerBound) }
                    continue
                }
                if let k = Self.labelAlone(item) {
                    unfinished()
                    byRoles = (k, span.location(item.range.lowerBound), [:])
                    continue
                }
                // `t_1: a = f_1, p = f_2, n = f_5`: the label and its first role.
                if let (k, role, sample) = Self.labelWithRole(item, naming: naming) {
                    unfinished()
                    byRoles = (k, span.location(item.range.lowerBound), [role: sample])
                    continue
                }
                // `\{(f_1, f_2, f_5), (f_1, f_3, f_4), …\}`: the list as a set.
                if let set = TripletShape.readSet(item, naming: SampleNaming()) {
                    // A set has no order: it is the assignment's list when it
                    // holds exactly its triplets; otherwise which is t_k
                    // cannot be told.
                    let at = span.location(item.range.lowerBound)
                    if set.count == part.triplets.count, Set(set) == Set(part.triplets) {
                        for (n, t) in part.triplets.enumerated() { record(n + 1, t, at) }
                    } else {
                        sheet.problems.append(problem(id, at, "a set of triplets that is not the assignment's: which is t_k cannot be told",
                            detail: "write them as t_1 = (…), …"))
                    }
                    continue
                }
                if var triplet = byRoles {
                    let prose = (n == 0 ? piece.proseBefore + " " : "") + item.textBefore
                    if let (role, sample) = Self.roleStated(item, prose: prose, naming: naming), triplet.members[role] == nil {
                        byRoles = nil
                        triplet.members[role] = sample
                        if let a = triplet.members[.anchor], let p = triplet.members[.positive], let m = triplet.members[.negative] {
                            record(triplet.k, [a, p, m], triplet.at)
                        } else {
                            byRoles = triplet
                        }
                        continue
                    }
                    unfinished()
                }
                // Under Question 5.k, `t = (1, 2, 5)`: the part's triplet
                // named by the letter alone, as one without its label.
                if k != nil, let bare = Self.unindexedTriplet(item) {
                    unlabelled.append((bare.members, span.location(item.range.lowerBound)))
                    continue
                }
                if let bare = TripletShape.readUnlabelled(item, naming: SampleNaming()) {
                    let at = span.location(item.range.lowerBound)
                    // `(1, 2, 5) \to (f_1, f_2, f_5)`: the triplet it transcribes.
                    if let from = bare.from, let k = part.triplets.firstIndex(of: from) {
                        record(k + 1, bare.members, at)
                    } else {
                        unlabelled.append((bare.members, at))
                    }
                    continue
                }
                // `t_2 = (…)`, also after its sub-question's number in a line of text (`5.2  t2 = (…)`).
                // (`t2 = (1,3,4): the anchor is f1, so …` opening a line of
                // text: the statement alone, its paragraph's own part's.)
                let beforeWords = Self.statementBeforeWords(item, next: n + 1 < items.count ? items[n + 1] : nil)
                guard let read = Self.statedTriplet(beforeWords ?? Self.statementBeforeMaps(item, naming: naming), naming: SampleNaming()) else { continue }
                let at = span.location(item.range.lowerBound)
                if ranged, case .success(let t) = read {
                    unlabelled.append((t.members, at))
                    continue
                }
                if list.triplets.isEmpty { list.location = at }
                let triplet: TripletStatement
                switch read {
                case .failure(let error):
                    sheet.problems.append(problem(id, at, error.message))
                    continue
                case .success(let t):
                    triplet = t
                }
                record(triplet.label, triplet.members, at)
                // (Stated in the words that open the paragraph answering it: its own part's.)
                if piece.opensParagraph || beforeWords != nil && n == 0 && piece.plainText,
                   list.triplets[triplet.label] == triplet.members { list.inOwnPart.insert(triplet.label) }
            }
        }
        unfinished()
        /// A triplet whose roles were begun but not all named (`$t_1$:
        /// anchor $f_1$, positive $f_2$ and $f_5$`): reported, never dropped.
        func unfinished() {
            defer { byRoles = nil }
            guard let triplet = byRoles, !triplet.members.isEmpty else { return }
            // Under Question 5.k, its own label with some of its roles named
            // in running words (`In $t_1$ the anchor is $f_1$, so …`, `$f_6$
            // is the anchor of $t_7$, the positive $f_4$ and …`): the part
            // already says which triplet; each role named agrees with it,
            // and nothing more is stated.
            let order: [Symbol: Int] = [.anchor: 0, .positive: 1, .negative: 2]
            if let k, triplet.k == k, part.triplets.indices.contains(k - 1),
               triplet.members.allSatisfy({ role, i in order[role].map { part.triplets[k - 1][$0] == i } == true }) { return }
            let named = [Symbol.anchor, .positive, .negative].filter { triplet.members[$0] != nil }.map(\.description)
            sheet.problems.append(problem(id, triplet.at, "t_\(triplet.k)'s roles are not all named",
                detail: "read \(named.joined(separator: ", ")) only: name the anchor, the positive and the negative"))
        }
        // Triplets without labels are the assignment's, in its order, only
        // when they are all there and none is labelled.
        // One written again without its label (a table's column beside a
        // list) says nothing more.
        // Under Question 5.k a triplet equal to another label's is still
        // this question's (and wrong), never dropped.
        if let k, unlabelled.isEmpty, !partRolesClash, let at = partRolesAt,
           let a = partRoles[.anchor], let p = partRoles[.positive], let m = partRoles[.negative] {
            record(k, [a, p, m], at)
        } else if let k, unlabelled.isEmpty, let at = partRolesAt, list.triplets[k] == nil {
            // Roles named under the part that state no triplet (two of
            // three, or one role twice): the triplet is for a person, never
            // simply not restated.
            sheet.problems.append(problem(id, at, "the roles named under Question 5.\(k) state no triplet",
                detail: partRolesClash ? "a role is named twice with different samples" : "not all three roles are named"))
        }
        if k == nil { unlabelled.removeAll { t in list.triplets.values.contains(t.members) } }
        if let k, !unlabelled.isEmpty {
            if Set(unlabelled.map(\.members)).count == 1 {
                record(k, unlabelled[0].members, unlabelled[0].at)
            } else {
                sheet.problems.append(problem(id, unlabelled[1].at, "Question 5.\(k) names several triplets",
                    detail: "write the one of this question as t_\(k) = (…)"))
            }
        } else if !unlabelled.isEmpty {
            if list.triplets.isEmpty, unlabelled.count == part.triplets.count {
                for (n, t) in unlabelled.enumerated() { record(n + 1, t.members, t.at) }
            } else {
                sheet.problems.append(problem(id, unlabelled[0].at, "triplets listed without their labels t_k",
                    detail: "\(unlabelled.count) of them, where the assignment has \(part.triplets.count): write t_1 = (…), …"))
            }
        }
        func record(_ k: Int, _ samples: [Int], _ at: SourceLocation) {
            if list.triplets.isEmpty { list.location = at }
            if let bad = samples.first(where: { !(1...part.samples).contains($0) }) {
                sheet.problems.append(problem(id, at, "t_\(k) names sample f_\(bad); the assignment has f_1…f_\(part.samples)"))
                return
            }
            if let earlier = list.triplets[k], earlier != samples {
                sheet.problems.append(problem(id, at, "t_\(k) is given twice, differently"))
                return
            }
            list.triplets[k] = samples
            texts.append("t_{\(k)} = (" + samples.map { "f_{\($0)}" }.joined(separator: ", ") + ")")
        }
        list.text = texts.joined(separator: ", ")
        // Under Question 5.k, t_k alone stated: its own part's.
        if let k, Set(list.triplets.keys).subtracting(before.keys) == [k] { list.inOwnPart.insert(k) }
        if !list.triplets.isEmpty { sheet.tripletList = list }
    }

    /// `t1 = (1, 2, 5): a = 1, p = 2, n = 5`, `t1 = (1, 2, 5) → a = f1, p =
    /// f2, n = f5`: a triplet's statement that goes on, after a colon or an
    /// arrow (`splittingStatedTriplet`), to name its three roles, each
    /// once, is the statement alone when they agree with it; when they do
    /// not, `contradicted` is told and neither is read (for a person). Any
    /// other item, or a statement followed by anything but its roles, is
    /// left as it is.
    static func statementsBeforeRoles(_ items: [MathItem], naming: SampleNaming, contradicted: (MathItem, Int) -> Void) -> [MathItem] {
        var result: [MathItem] = []
        var i = 0
        while i < items.count {
            defer { i += 1 }
            let split = splittingStatedTriplet(items[i], naming: SampleNaming())
            guard split.count == 2, case .success(let t)? = statedTriplet(split[0], naming: SampleNaming()) else {
                result.append(items[i])
                continue
            }
            let following = [split[1]] + items[(i + 1)...].prefix(2)
            var roles: [Symbol: Int] = [:]
            for item in following {
                guard let (role, sample) = item.roleDefinition(naming), case .sample(let m) = sample, roles[role] == nil else { break }
                roles[role] = m
            }
            guard roles.count == 3 else {
                result.append(items[i])
                continue
            }
            if [Symbol.anchor, .positive, .negative].map({ roles[$0]! }) == t.members {
                result.append(split[0])
            } else {
                contradicted(items[i], t.label)
            }
            i += 2
        }
        return result
    }

    /// `t1 = (f1, f2, f5):  f1 -> f5 - f2` (a line of text, the first of its
    /// maps in the statement's item), `t_1 = (f_1, f_2, f_5): \quad f_1
    /// \mapsto …` (a display): the statement alone, as the derivative
    /// reader reads it (`splittingStatedTriplet`); what follows its colon
    /// is that reader's. Only before a map of a sample to its value (or
    /// before words, `statementBeforeWords`): roles after it (`t1 = (1, 2,
    /// 5): a = 1, p = 5`, `…: anchor 2, positive 1, …`) that
    /// `statementsBeforeRoles` left whole stay for a person. Any other item
    /// as it is.
    static func statementBeforeMaps(_ item: MathItem, naming: SampleNaming) -> MathItem {
        guard case .failure? = statedTriplet(item, naming: SampleNaming()) else { return item }
        let split = splittingStatedTriplet(item, naming: SampleNaming())
        guard split.count == 2, mappedSample(split[1], naming: SampleNaming()) != nil else { return item }
        return split[0]
    }

    /// `t2 = (1,3,4): the anchor is f1, so …` (a line of text): a triplet's
    /// statement closed by its colon before words, the words the next item's
    /// text or in the item after the colon, that name no role or name the
    /// one role the statement gives the sample after them
    /// (`wordsAgreeWithStatement`): the statement alone; nil otherwise.
    static func statementBeforeWords(_ item: MathItem, next: MathItem?) -> MathItem? {
        guard case .failure? = statedTriplet(item, naming: SampleNaming()) else { return nil }
        let closed = withoutClosingMark(item)
        if closed.nodes.count < item.nodes.count, item.nodes.last?.atomRole == .punctuation(.colon),
           case .success(let stated)? = statedTriplet(closed, naming: SampleNaming()),
           let next, case .text(let words) = next.separator {
            // (Short words may stay in the item's maths: `is f1`.)
            let (skip, said) = next.leadingProse(SampleNaming())
            let all = words.split { !$0.isLetter }.map { $0.lowercased() } + said.filter { $0 != ":" }.map { $0.lowercased() }
            return wordsAgreeWithStatement(words: all, body: Array(next.nodes.dropFirst(skip)), members: stated.members) ? closed : nil
        }
        let split = splittingStatedTriplet(item, naming: SampleNaming())
        guard split.count == 2 else { return nil }
        let (skip, said) = split[1].leadingProse(SampleNaming())
        guard skip > 0, case .success(let stated)? = statedTriplet(split[0], naming: SampleNaming()),
              wordsAgreeWithStatement(words: said.filter { $0 != ":" }.map { $0.lowercased() }, body: Array(split[1].nodes.dropFirst(skip)),
                                      members: stated.members) else { return nil }
        return split[0]
    }

    /// Whether words after a triplet's statement and its colon (two
    /// letters or more each) name no role (`so`, `the gradients`), or name
    /// one role as their last word, only "is", "the" or "sample" after it,
    /// before the sample the statement gives that role (`the anchor is f1`
    /// after `t2 = (1,3,4):`). Two roles, a number after a role's word
    /// (`anchor 2`), or a sample that is not the role's: no.
    static func wordsAgreeWithStatement(words: [String], body: [MathNode], members: [Int]) -> Bool {
        var words = words.filter { $0.count >= 2 }
        guard !words.isEmpty else { return false }
        func role(_ word: String) -> Int? {
            word.hasPrefix("anc") ? 0 : word.hasPrefix("pos") ? 1 : word.hasPrefix("neg") ? 2 : nil
        }
        let roles = words.compactMap(role)
        if roles.isEmpty { return true }
        while let last = words.last, ["is", "the", "sample"].contains(last) { words.removeLast() }
        let value = body.filter { NodeShapes.relation($0) != .equals && $0.atomRole != .punctuation(.colon) }
        guard roles.count == 1, let last = words.last, let r = role(last),
              case .sample(let i)? = SampleShape.read(value, naming: SampleNaming()) else { return false }
        return members[r] == i
    }

    /// `t = (f_1, f_2, f_5)`, `T = (1, 2, 5)`: a triplet stated after the
    /// triplet's letter with no index (read only under a part, whose index
    /// it is).
    static func unindexedTriplet(_ item: MathItem) -> UnlabelledTriplet? {
        let flat = NodeShapes.flatten(item.nodes)
        guard flat.count == 3, NodeShapes.relation(flat[1]) == .equals, NodeShapes.isTripletLetter(flat[0]) else { return nil }
        if case .scripts = NodeShapes.core(flat[0]).kind { return nil }
        guard let bare = TripletShape.readUnlabelled(MathItem(separator: .start, nodes: [flat[2]])), bare.from == nil else { return nil }
        return bare
    }

    /// k of a label written alone, `t_k` or `t_k:`.
    static func labelAlone(_ item: MathItem) -> Int? {
        var flat = NodeShapes.flatten(item.nodes)
        if flat.count == 2, flat[1].atomRole == .punctuation(.colon) { flat.removeLast() }
        guard flat.count == 1, case let .scripts(base, sub?, nil, 0) = NodeShapes.core(flat[0]).kind,
              NodeShapes.isTripletLetter(base) else { return nil }
        return NodeShapes.integer(sub)
    }

    /// `t_k: a = f_1` (or `t_k: f_a = f_1`): k, the role and its sample.
    static func labelWithRole(_ item: MathItem, naming: SampleNaming) -> (Int, Symbol, Int)? {
        let flat = NodeShapes.flatten(item.nodes)
        guard flat.count > 2, flat[1].atomRole == .punctuation(.colon),
              case let .scripts(base, sub?, nil, 0) = NodeShapes.core(flat[0]).kind, NodeShapes.isTripletLetter(base),
              let k = NodeShapes.integer(sub) else { return nil }
        let rest = MathItem(separator: .start, nodes: Array(flat.dropFirst(2)))
        guard let (role, sample) = rest.roleDefinition(naming), case .sample(let i) = sample else { return nil }
        return (k, role, i)
    }

    /// The role an item gives a sample: `a = f_1`, `f_a = f_1`, or a sample
    /// alone after the role's word (`anchor $f_1$`, `positive: $f_2$`,
    /// `neg. $f_5$`).
    static func roleStated(_ item: MathItem, prose: String, naming: SampleNaming) -> (Symbol, Int)? {
        if let (role, sample) = item.roleDefinition(naming), case .sample(let i) = sample { return (role, i) }
        guard case .sample(let i)? = SampleShape.read(item.nodes, naming: SampleNaming()) else { return nil }
        var words = ProseWords(Substring(prose.lowercased())).words.map(\.text)
        while let last = words.last, ["is", "=", ":", "the", "sample"].contains(last) { words.removeLast() }
        guard let word = words.last else { return nil }
        if word.hasPrefix("anc") { return (.anchor, i) }
        if word.hasPrefix("pos") { return (.positive, i) }
        if word.hasPrefix("neg") { return (.negative, i) }
        return nil
    }
}
