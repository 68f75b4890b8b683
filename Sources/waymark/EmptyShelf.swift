import WaymarkCore
import WaymarkCurriculum

/// What a reference command says when the course leaves that part of the shelf
/// out, which a course may: a plain sentence and exit 0. With --json the empty
/// value goes to standard output, so a script still reads JSON, and the sentence
/// to standard error.
enum EmptyShelf {
    static func say(_ what: String, in curriculum: Curriculum, json: Bool, empty: some Encodable) throws {
        let sentence = "This course (\(curriculum.title.sanitizedLine)) has no \(what)."
        if json {
            try Console.printJSON(empty)
            Console.error(sentence)
        } else {
            try Console.print(sentence)
        }
    }

    /// The body of a card's file, or a failure that names the file.
    static func body(of file: String, in curriculum: Curriculum) throws -> String {
        do {
            return try curriculum.body(ofFile: file)
        } catch {
            throw Failure("Could not read \(file): \(error)")
        }
    }
}
