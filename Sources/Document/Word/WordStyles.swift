/// What a Word document's styles and numbering say about its paragraphs:
/// which style is a heading (by its name, `heading 2`, `Title`, or its
/// outline level, whatever its id in the document's language), and which
/// numbering is bulleted.
struct WordStyles {
    /// Heading level by style id.
    var headings: [String: Int] = [:]
    /// Numbering instance → level → format (`bullet`, `decimal`, …).
    var formats: [String: [Int: String]] = [:]

    init(styles: XMLNode?, numbering: XMLNode?) {
        if let styles {
            for style in styles.children("style") where style.attributes["type"] == "paragraph" {
                guard let id = style.attributes["styleId"] else { continue }
                let name = (style.value(of: "name") ?? "").lowercased()
                if name == "title" {
                    headings[id] = 1
                } else if name.hasPrefix("heading "), let level = Int(name.dropFirst(8)) {
                    headings[id] = level
                } else if let outline = style.child("pPr")?.value(of: "outlineLvl"), let level = Int(outline), level < 9 {
                    headings[id] = level + 1
                }
            }
        }
        guard let numbering else { return }
        var abstract: [String: [Int: String]] = [:]
        for definition in numbering.children("abstractNum") {
            guard let id = definition.attributes["abstractNumId"] else { continue }
            var levels: [Int: String] = [:]
            for level in definition.children("lvl") {
                if let n = level.attributes["ilvl"].flatMap(Int.init) { levels[n] = level.value(of: "numFmt") ?? "decimal" }
            }
            abstract[id] = levels
        }
        for instance in numbering.children("num") {
            guard let id = instance.attributes["numId"], let a = instance.value(of: "abstractNumId") else { continue }
            formats[id] = abstract[a] ?? [:]
        }
    }

    /// A heading level for a style id the styles part does not define:
    /// Word's own English ids (`Heading1`, `Title`).
    func headingLevel(style: String?) -> Int? {
        guard let style else { return nil }
        if let level = headings[style] { return level }
        let lower = style.lowercased()
        if lower == "title" { return 1 }
        if lower.hasPrefix("heading"), let level = Int(lower.dropFirst(7)) { return level }
        return nil
    }

    func isBullet(numbering: String, level: Int) -> Bool {
        formats[numbering]?[level] == "bullet"
    }
}
