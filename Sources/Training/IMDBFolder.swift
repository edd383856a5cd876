import Foundation

/// The aclImdb layout: `ROOT/{train,test}/{pos,neg}/<id>_<rating>.txt`.
/// Other folders (`train/unsup`) and files (`urls_pos.txt`, `labeledBow.feat`)
/// are not read.
struct IMDBFolder {
    let root: String
    static let labels = ["neg", "pos"]

    func load() throws -> RawDataSet {
        RawDataSet(train: try split("train"), test: try split("test"))
    }

    private func split(_ name: String) throws -> [LabelledText] {
        var examples: [LabelledText] = []
        for label in Self.labels {
            let relative = "\(name)/\(label)"
            let folder = URL(fileURLWithPath: root).appendingPathComponent(relative).path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw DataError.missingFolder(path: folder)
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
                throw DataError.unreadable(path: folder, reason: error.localizedDescription)
            }
            // Sorted by id then rating, as numbers: the order is the data's,
            // not the file system's.
            var entries: [(id: Int, rating: Int, name: String)] = []
            for file in names where file.hasSuffix(".txt") && !file.hasPrefix(".") {
                entries.append(try Self.parse(file, in: folder))
            }
            entries.sort { ($0.id, $0.rating, $0.name) < ($1.id, $1.rating, $1.name) }
            for entry in entries {
                let path = folder + "/" + entry.name
                let text = try DataLoader.text(path)
                examples.append(LabelledText(text: text, label: label, place: path))
            }
        }
        guard !examples.isEmpty else { throw DataError.noExamples(path: URL(fileURLWithPath: root).appendingPathComponent(name).path) }
        return examples
    }

    /// `<id>_<rating>.txt`, the id a whole number and the rating from 1 to 10.
    static func parse(_ file: String, in folder: String) throws -> (id: Int, rating: Int, name: String) {
        let stem = file.dropLast(4)
        let parts = stem.split(separator: "_", omittingEmptySubsequences: false)
        let path = folder + "/" + file
        guard parts.count == 2, let id = Int(parts[0]), id >= 0 else {
            throw DataError.badFileName(path: path, reason: "expected a name <id>_<rating>.txt with a whole-number id")
        }
        guard let rating = Int(parts[1]), (1...10).contains(rating) else {
            throw DataError.badFileName(path: path, reason: "the rating '\(parts[1])' in the name is not a whole number from 1 to 10")
        }
        return (id, rating, file)
    }
}
