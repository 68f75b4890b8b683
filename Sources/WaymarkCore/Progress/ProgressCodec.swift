import Foundation

/// The bytes of `progress.json` to and from `LearnerProgress`. Decoding checks the
/// schema version before anything else, so a newer file is refused rather than
/// half-read, and every failure names what is wrong in words a learner can act on.
public enum ProgressCodec {
    /// Decodes a progress file, migrating it if an older Waymark wrote it. `file` and
    /// `backup` only shape the error messages.
    public static func decode(_ bytes: Data, file: String, backup: String? = nil) throws(ProgressError)
        -> LearnerProgress
    {
        try decodeVersioned(bytes, file: file, backup: backup).progress
    }

    /// The progress and the schema version the bytes were written in. A file of the
    /// current schema is read by `ProgressReader`; whatever it gives up on (older
    /// schemas, damage, anything unusual) goes to JSONDecoder.
    static func decodeVersioned(_ bytes: Data, file: String, backup: String?) throws(ProgressError)
        -> (progress: LearnerProgress, writtenVersion: Int)
    {
        let decoded =
            if let progress = ProgressReader.read(bytes) {
                (progress: progress, writtenVersion: LearnerProgress.currentSchemaVersion)
            } else {
                try decodeWithFoundation(bytes, file: file, backup: backup)
            }
        // Checked once for both readers: a revision this large would trap on the next save.
        guard (0...LearnerProgress.maximumRevision).contains(decoded.progress.revision) else {
            throw .corrupt(
                file: file, detail: "its revision \(decoded.progress.revision) is out of range", backup: backup)
        }
        return decoded
    }

    /// JSONDecoder's way: every file the fast reader gives up on, and every error.
    static func decodeWithFoundation(_ bytes: Data, file: String, backup: String?) throws(ProgressError)
        -> (progress: LearnerProgress, writtenVersion: Int)
    {
        func corrupt(_ detail: String) -> ProgressError {
            .corrupt(file: file, detail: detail, backup: backup)
        }
        guard !bytes.isEmpty else { throw corrupt("the file is empty") }
        if let duplicate = DuplicateKeyScanner.firstDuplicate(in: bytes) {
            throw corrupt("key '\(duplicate.key)' appears twice in one object, line \(duplicate.line)")
        }
        let version: Int
        do {
            guard let written = try decoder.decode(SchemaProbe.self, from: bytes).schemaVersion else {
                throw corrupt("it has no schemaVersion")
            }
            version = written
        } catch let error as ProgressError {
            throw error
        } catch DecodingError.typeMismatch(_, let context) where !context.codingPath.isEmpty {
            throw corrupt("its schemaVersion is not a whole number")
        } catch DecodingError.typeMismatch {
            throw corrupt("it is not a JSON object")
        } catch {
            throw corrupt("it is not valid JSON")
        }
        guard version <= LearnerProgress.currentSchemaVersion else {
            throw .newerSchema(file: file, version: version)
        }
        guard version >= ProgressMigration.oldestSupported else {
            throw corrupt("schemaVersion \(version) is not one Waymark ever wrote")
        }
        do {
            if version == LearnerProgress.currentSchemaVersion {
                return (try decoder.decode(LearnerProgress.self, from: bytes), version)
            }
            let object = try decoder.decode([String: JSONValue].self, from: bytes)
            let migrated = JSONValue.object(ProgressMigration.migrate(object, from: version))
            return (try decoder.decode(LearnerProgress.self, from: Data(JSONWriter.write(migrated))), version)
        } catch let error as DecodingError {
            throw corrupt(explain(error))
        } catch {
            throw corrupt("\(error)")
        }
    }

    /// Pretty, key-sorted JSON with a final newline, so the file diffs well.
    public static func encode(_ progress: LearnerProgress) throws -> Data {
        guard let bytes = progress.readableJSON else { throw ProgressError.dateOutOfRange(file: "progress.json") }
        return bytes
    }

    /// Just the version, read before anything else so a newer file is never half-read.
    private struct SchemaProbe: Decodable {
        var schemaVersion: Int?
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty
                ? "the top level" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "unexpected value at \(path(context.codingPath))"
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return "bad value at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an ISO 8601 time"))
            }
            return date
        }
        return decoder
    }()
}
