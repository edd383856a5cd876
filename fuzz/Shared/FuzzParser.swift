import CoursecheckAssignment
import CoursecheckReading
import Foundation

// Shared by the sheet fuzz targets (linked into each target's folder).

/// The assignment every input is read against: the committed one, read once.
let fuzzAssignment: Assignment = {
    let path = ProcessInfo.processInfo.environment["COURSECHECK_ASSIGNMENT"] ?? "../fixtures/assignment.json"
    do { return try Assignment.load(from: path) } catch { fatalError("fuzz: cannot load \(path): \(error)") }
}()

/// The parser as `verify` makes it: the triplets, and Part I's model names
/// so that list rows naming them are read.
let fuzzParser = SheetParser(part: fuzzAssignment.part2, models: fuzzAssignment.part1?.models.map(\.name) ?? [])
