/// JSON Schemas (draft-07, which the YAML language server reads) for the files
/// of a course, generated from `CurriculumFormat`: the loader and the schema
/// cannot disagree on a key, because both read the same table.
public enum CurriculumSchema {
    /// A kind of file, and the shape its YAML (or front matter) has.
    public struct Document: Sendable, Hashable {
        /// The name `waymark schema NAME` takes, and the file's `NAME.schema.json`.
        public let name: String
        /// The files it describes, as an author finds them.
        public let files: String
        public let root: FormatShape
    }

    public static let documents: [Document] = [
        Document(name: "curriculum", files: "curriculum.yaml", root: CurriculumFormat.curriculum),
        Document(name: "path", files: "paths/*.yaml", root: CurriculumFormat.path),
        Document(name: "lesson", files: "lessons/*.md (front matter)", root: CurriculumFormat.lesson),
        Document(name: "pattern", files: "patterns/*.md (front matter)", root: CurriculumFormat.pattern),
        Document(
            name: "card", files: "cheatsheets/*.md and recipes/*.md (front matter)", root: CurriculumFormat.card),
        Document(name: "glossary", files: "glossary.yaml", root: CurriculumFormat.glossary),
        Document(name: "selector", files: "selector.yaml", root: CurriculumFormat.selector),
    ]

    public static func document(named name: String) -> Document? { documents.first { $0.name == name } }

    /// The schema for `document`: its root shape inline, every shape it reaches
    /// under `definitions`.
    public static func json(for document: Document) -> SchemaJSON {
        var members: [(String, SchemaJSON)] = [
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("title", .string("Waymark course: \(document.files)")),
        ]
        members += object(for: document.root)
        let reached = reachableShapes(from: document.root).filter { $0 != document.root }
        if !reached.isEmpty {
            members.append(("definitions", .object(reached.map { ($0.name, .object(object(for: $0))) })))
        }
        return .object(members)
    }

    /// The shapes `root` refers to, directly or not, in table order.
    static func reachableShapes(from root: FormatShape) -> [FormatShape] {
        var seen: Set<String> = [root.name]
        var queue = [root]
        while let shape = queue.popLast() {
            for key in shape.keys {
                for name in shapeNames(in: key.type) where seen.insert(name).inserted {
                    if let found = CurriculumFormat.shape(named: name) { queue.append(found) }
                }
            }
        }
        return CurriculumFormat.shapes.filter { seen.contains($0.name) }
    }

    private static func shapeNames(in type: FormatType) -> [String] {
        switch type {
        case .shape(let name): return [name]
        case .list(let item, _, _): return shapeNames(in: item)
        case .anyOf(let types): return types.flatMap(shapeNames)
        default: return []
        }
    }

    private static func object(for shape: FormatShape) -> [(String, SchemaJSON)] {
        var members: [(String, SchemaJSON)] = [
            ("description", .string(shape.summary)),
            ("type", .string("object")),
            (
                "properties",
                .object(
                    shape.keys.map { key in
                        let description = key.summary + (key.defaultValue.map { " Default: \($0)." } ?? "")
                        return (key.name, .object([("description", .string(description))] + schema(for: key.type)))
                    })
            ),
        ]
        let required = shape.keys.filter(\.isRequired).map { SchemaJSON.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    /// An id as `Identifier.isValid` accepts it.
    static let idPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"
    /// A week range as `WeekRange(parsing:)` accepts it.
    static let weeksPattern = "^ *[0-9]+ *([-\u{2013}] *[0-9]+ *)?$"

    static func schema(for type: FormatType) -> [(String, SchemaJSON)] {
        switch type {
        case .text:
            // The loader reads every scalar as text, so `title: 2024` is a title too.
            return [
                ("type", .array([.string("string"), .string("number"), .string("boolean")])),
                ("minLength", .integer(1)),
            ]
        case .id:
            return [("type", .string("string")), ("pattern", .string(idPattern)), ("maxLength", .integer(80))]
        case .integer(let min, let max):
            return [("type", .string("integer")), ("minimum", .integer(min))]
                + (max.map { [("maximum", .integer($0))] } ?? [])
        case .weeks:
            return [
                (
                    "anyOf",
                    .array([
                        .object([("type", .string("integer")), ("minimum", .integer(1))]),
                        .object([("type", .string("string")), ("pattern", .string(weeksPattern))]),
                    ])
                )
            ]
        case .choice(let words):
            return [("enum", .array(words.map(SchemaJSON.string)))]
        case .list(let item, let minItems, let maxItems):
            var members: [(String, SchemaJSON)] = [("type", .string("array")), ("items", .object(schema(for: item)))]
            if minItems > 0 { members.append(("minItems", .integer(minItems))) }
            if let maxItems { members.append(("maxItems", .integer(maxItems))) }
            return members
        case .shape(let name):
            return [("$ref", .string("#/definitions/\(name)"))]
        case .anyOf(let types):
            return [("anyOf", .array(types.map { .object(schema(for: $0)) }))]
        case .off:
            // `off` in YAML 1.2; a YAML 1.1 reader sees the same word as false.
            return [("enum", .array([.string("off"), .bool(false)]))]
        }
    }
}
