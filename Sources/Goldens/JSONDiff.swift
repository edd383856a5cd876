import CoursecheckReporting

/// The entry-by-entry comparison behind `Diffing.json`.
enum JSONDiff {
    static func compare(_ e: JSONValue, _ a: JSONValue, path: String, absolute: Double, relative: Double,
                        into found: inout [String]) {
        let here = path.isEmpty ? "(root)" : path
        switch (e, a) {
        case let (.object(eo), .object(ao)):
            for key in Set(eo.keys).union(ao.keys).sorted() {
                let child = path.isEmpty ? key : "\(path).\(key)"
                switch (eo[key], ao[key]) {
                case let (ev?, av?): compare(ev, av, path: child, absolute: absolute, relative: relative, into: &found)
                case (nil, _?): found.append("\(child): not in the golden, found \(brief(ao[key]!))")
                case (_?, nil): found.append("\(child): missing, expected \(brief(eo[key]!))")
                default: break
                }
            }
        case let (.array(ea), .array(aa)):
            if ea.count != aa.count { found.append("\(here): expected \(ea.count) entries, found \(aa.count)") }
            for k in 0..<min(ea.count, aa.count) {
                compare(ea[k], aa[k], path: "\(path)[\(k)]", absolute: absolute, relative: relative, into: &found)
            }
        case let (.number(x), .number(y)):
            let integral = x == x.rounded() && y == y.rounded()
            let close = integral ? x == y : abs(x - y) <= max(absolute, relative * abs(x))
            if !close { found.append("\(here): expected \(JSONValue.format(x)), found \(JSONValue.format(y))") }
        default:
            if e != a { found.append("\(here): expected \(brief(e)), found \(brief(a))") }
        }
    }

    static func brief(_ value: JSONValue) -> String {
        let text = String(value.text.dropLast())
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}
