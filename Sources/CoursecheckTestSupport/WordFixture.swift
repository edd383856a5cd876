import Foundation
import ZIPFoundation

/// Word documents written by the tests as Word writes them — the package
/// parts (`[Content_Types].xml`, the relationships, `word/styles.xml` with
/// Word's heading styles, `word/document.xml`) and Office Math written out
/// element by element — so that no .docx fixture is produced by coursecheck
/// itself (nor, for these, by pandoc).
public enum WordFixture {
    public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let m = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    /// The `w:document` root as Word 2016+ writes it (its namespace
    /// declarations, the maths one included, on the root).
    public static func document(body: String, declareMaths: Bool = true) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:o="urn:schemas-microsoft-com:office:office" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        \(declareMaths ? "xmlns:m=\"\(m)\" " : "")xmlns:v="urn:schemas-microsoft-com:vml" \
        xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
        xmlns:w="\(w)" mc:Ignorable="w14"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
        """
    }

    // MARK: Paragraphs

    /// A paragraph of text runs, with a style (`Heading2`) or not.
    public static func paragraph(_ text: String, style: String? = nil, bold: Bool = false) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)\(run(text, bold: bold))</w:p>"
    }

    /// A run of text (`xml:space="preserve"`, as Word writes runs with spaces).
    public static func run(_ text: String, bold: Bool = false, hidden: Bool = false) -> String {
        var properties = ""
        if bold || hidden { properties = "<w:rPr>\(bold ? "<w:b/>" : "")\(hidden ? "<w:vanish/>" : "")</w:rPr>" }
        return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r>"
    }

    /// A paragraph holding `content` (runs, equations) as it is.
    public static func paragraph(raw content: String, style: String? = nil, numbering: (id: Int, level: Int)? = nil) -> String {
        var properties = ""
        if style != nil || numbering != nil {
            properties = "<w:pPr>" + (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")
                + (numbering.map { "<w:numPr><w:ilvl w:val=\"\($0.level)\"/><w:numId w:val=\"\($0.id)\"/></w:numPr>" } ?? "") + "</w:pPr>"
        }
        return "<w:p>\(properties)\(content)</w:p>"
    }

    /// A display equation paragraph, `m:oMathPara` around one `m:oMath`
    /// per equation; `ownNamespace` declares the maths namespace on the
    /// `m:oMathPara` itself, as LibreOffice 7.4 writes it.
    public static func displayEquation(_ equations: [String], ownNamespace: Bool = false) -> String {
        let declaration = ownNamespace ? " xmlns:m=\"\(m)\"" : ""
        return "<w:p><m:oMathPara\(declaration)><m:oMathParaPr><m:jc m:val=\"centerGroup\"/></m:oMathParaPr>"
            + equations.map { "<m:oMath>\($0)</m:oMath>" }.joined() + "</m:oMathPara></w:p>"
    }

    /// An inline equation.
    public static func inlineEquation(_ content: String) -> String { "<m:oMath>\(content)</m:oMath>" }

    /// A table: rows of cells, each cell's paragraphs as written.
    public static func table(_ rows: [[String]]) -> String {
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
            + rows.map { row in "<w:tr>" + row.map { "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>\($0)</w:tc>" }.joined() + "</w:tr>" }.joined()
            + "</w:tbl>"
    }

    // MARK: Office Math

    /// A maths run: Word writes operators and digits upright when the user
    /// types them, letters in Cambria Math italic (`w:rPr`).
    public static func mr(_ text: String, plain: Bool = false) -> String {
        let style = plain ? "<m:rPr><m:sty m:val=\"p\"/></m:rPr>" : ""
        return "<m:r>\(style)<w:rPr><w:rFonts w:ascii=\"Cambria Math\" w:hAnsi=\"Cambria Math\"/></w:rPr><m:t>\(escaped(text))</m:t></m:r>"
    }

    /// f with a subscript, `m:sSub`.
    public static func sub(_ base: String, _ index: String) -> String {
        "<m:sSub><m:sSubPr><m:ctrlPr><w:rPr><w:rFonts w:ascii=\"Cambria Math\"/><w:i/></w:rPr></m:ctrlPr></m:sSubPr>"
            + "<m:e>\(mr(base))</m:e><m:sub>\(mr(index))</m:sub></m:sSub>"
    }

    /// A fraction; `type` nil is Word's default bar.
    public static func fraction(_ num: String, _ den: String, type: String? = nil) -> String {
        let properties = "<m:fPr>" + (type.map { "<m:type m:val=\"\($0)\"/>" } ?? "") + "<m:ctrlPr><w:rPr><w:i/></w:rPr></m:ctrlPr></m:fPr>"
        return "<m:f>\(properties)<m:num>\(num)</m:num><m:den>\(den)</m:den></m:f>"
    }

    /// ∂L/∂f_i as a built-up fraction.
    public static func partial(_ index: String, loss: String = "L") -> String {
        fraction(mr("∂", plain: true) + mr(loss), mr("∂", plain: true) + sub("f", index))
    }

    /// Parentheses (`m:d`) around items.
    public static func delimited(_ items: [String], begin: String? = nil, end: String? = nil) -> String {
        var properties = "<m:dPr>"
        if let begin { properties += "<m:begChr m:val=\"\(begin)\"/>" }
        if let end { properties += "<m:endChr m:val=\"\(end)\"/>" }
        properties += "<m:ctrlPr><w:rPr><w:i/></w:rPr></m:ctrlPr></m:dPr>"
        return "<m:d>\(properties)" + items.map { "<m:e>\($0)</m:e>" }.joined() + "</m:d>"
    }

    /// Word's binomial: parentheses around a fraction without a bar.
    public static func binomial(_ n: String, _ k: String) -> String {
        delimited([fraction(mr(n), mr(k), type: "noBar")])
    }

    /// An equation array (Word's multi-line equation, Shift+Enter), one
    /// `m:e` per row; rows carry `&` where they align.
    public static func equationArray(_ rows: [String]) -> String {
        "<m:eqArr><m:eqArrPr><m:ctrlPr><w:rPr><w:i/></w:rPr></m:ctrlPr></m:eqArrPr>" + rows.map { "<m:e>\($0)</m:e>" }.joined() + "</m:eqArr>"
    }

    /// A matrix of two columns, as pandoc writes an aligned equation:
    /// `m:mr` rows of `m:e` cells, the first cell empty on continuation rows.
    public static func alignedMatrix(_ rows: [(String, String)]) -> String {
        let properties = "<m:mPr><m:baseJc m:val=\"center\"/><m:plcHide m:val=\"1\"/><m:mcs>"
            + "<m:mc><m:mcPr><m:mcJc m:val=\"right\"/><m:count m:val=\"1\"/></m:mcPr></m:mc>"
            + "<m:mc><m:mcPr><m:mcJc m:val=\"left\"/><m:count m:val=\"1\"/></m:mcPr></m:mc></m:mcs></m:mPr>"
        return "<m:m>\(properties)" + rows.map { left, right in
            "<m:mr>" + (left.isEmpty ? "<m:e/>" : "<m:e>\(left)</m:e>") + "<m:e>\(right)</m:e></m:mr>"
        }.joined() + "</m:m>"
    }

    /// A manual line break inside an equation (`m:brk` on the run that starts the new line).
    public static func breakBefore(_ text: String) -> String {
        "<m:r><m:rPr><m:brk m:alnAt=\"1\"/></m:rPr><m:t>\(escaped(text))</m:t></m:r>"
    }

    /// A linear expression typed in Word's maths: `f_5 − f_2` from pieces
    /// such as `[("", "5"), ("−", "2")]` (sign, sample).
    public static func samples(_ terms: [(sign: String, index: String)]) -> String {
        terms.map { (sign, index) in (sign.isEmpty ? "" : mr(sign, plain: true)) + sub("f", index) }.joined()
    }

    // MARK: The package

    /// Word's heading styles as `word/styles.xml` defines them.
    public static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="berschrift3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>\
        </w:styles>
        """

    /// Numbering: instance 1 bulleted, instance 2 decimal.
    public static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
        </w:numbering>
        """

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        </Relationships>
        """

    /// The .docx of `documentXML` with the package's other parts, deflated
    /// as Word does; `extra` entries are added as given (name, bytes).
    public static func docx(_ documentXML: String, extra: [(String, Data)] = []) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)),
            ("_rels/.rels", Data(packageRelationships.utf8)),
            ("word/_rels/document.xml.rels", Data(documentRelationships.utf8)),
            ("word/document.xml", Data(documentXML.utf8)),
            ("word/styles.xml", Data(styles.utf8)),
            ("word/numbering.xml", Data(numbering.utf8)),
        ] + extra
        for (name, bytes) in parts {
            try add(name, bytes, to: archive)
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static func add(_ name: String, _ bytes: Data, to archive: Archive, type: Entry.EntryType = .file) throws {
        try archive.addEntry(with: name, type: type, uncompressedSize: Int64(bytes.count),
                             modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                             compressionMethod: type == .file ? .deflate : .none) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Writes a .docx of `body` (paragraphs) to a temporary file.
    public static func write(body: String, name: String = "sheet.docx", declareMaths: Bool = true) throws -> URL {
        let url = try PackagePaths.temporaryFolder().appendingPathComponent(name)
        try docx(document(body: body, declareMaths: declareMaths)).write(to: url)
        return url
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
