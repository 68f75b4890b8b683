import Foundation
import Testing
import Yams

@testable import WaymarkCore
@testable import WaymarkCurriculum

/// The JSON Schemas: shipped as generated, made only of keywords the validator
/// here checks, met by every file of the bundled and the minimal course, and in
/// agreement with the loader on every key.
@Suite("Curriculum schema")
struct CurriculumSchemaTests {
    @Test("the schema files in schema/ are exactly what `waymark schema --write schema` writes")
    func shippedFilesAreGenerated() throws {
        let directory = CourseFiles.repositoryRoot.appendingPathComponent("schema")
        let shipped = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(shipped == CurriculumSchema.documents.map { "\($0.name).schema.json" }.sorted())
        for document in CurriculumSchema.documents {
            let text = try String(
                contentsOf: directory.appendingPathComponent("\(document.name).schema.json"), encoding: .utf8)
            #expect(
                text == CurriculumSchema.json(for: document).text,
                "schema/\(document.name).schema.json is stale: run `waymark schema --write schema`")
        }
    }

    @Test("every schema uses only keywords the test validator checks, and every shape is in one")
    func keywordsAreChecked() {
        func walk(_ schema: SchemaJSON, at path: String) -> [String] {
            guard case .object(let members) = schema else { return ["\(path): not an object"] }
            var problems = members.map(\.0).filter { !SchemaValidator.supportedKeywords.contains($0) }.map {
                "\(path): \($0)"
            }
            for (keyword, value) in members {
                switch (keyword, value) {
                case ("properties", .object(let named)), ("definitions", .object(let named)):
                    for (name, inner) in named { problems += walk(inner, at: "\(path).\(keyword).\(name)") }
                case ("items", _): problems += walk(value, at: "\(path).items")
                case ("anyOf", .array(let alternatives)):
                    for (index, inner) in alternatives.enumerated() {
                        problems += walk(inner, at: "\(path).anyOf[\(index)]")
                    }
                default: break
                }
            }
            return problems
        }
        for document in CurriculumSchema.documents {
            #expect(walk(CurriculumSchema.json(for: document), at: document.name) == [])
        }
        let covered = Set(
            CurriculumSchema.documents.flatMap { CurriculumSchema.reachableShapes(from: $0.root).map(\.name) })
        #expect(covered == Set(CurriculumFormat.shapes.map(\.name)))
    }

    @Test("every file of the bundled course validates against its schema")
    func bundledCourseValidates() throws {
        let course = try CourseFiles(directory: CourseFiles.bundledCourse)
        #expect(course.documents.count > 100)
        #expect(Self.schemaErrors(in: course) == [])
    }

    @Test("every file of the minimal course validates against its schema")
    func minimalCourseValidates() throws {
        let course = try CourseFiles(directory: CourseFiles.minimalCourse)
        #expect(course.documents.map(\.document.name).sorted() == ["curriculum", "lesson", "lesson", "lesson", "path"])
        #expect(Self.schemaErrors(in: course) == [])
    }

    @Test("a broken file breaks the schema too: an unknown key, a missing key, an empty list, a bad id")
    func brokenFilesFail() throws {
        let path = try #require(CurriculumSchema.document(named: "path"))
        let validator = SchemaValidator(schema: CurriculumSchema.json(for: path))
        let good = try #require(CourseFiles(directory: CourseFiles.minimalCourse).files["paths/first-path.yaml"])
        #expect(validator.errors(in: try #require(try YAMLValue.parse(good))) == [])
        let broken: [(String, String, String)] = [
            ("audience:", "audiense:", "unknown key 'audiense'"),
            ("    focus: Basics\n", "", "missing 'focus'"),
            ("success-criteria:\n", "success-criteria: []\nunused:\n", "fewer than 1 items"),
            ("id: notes-on-the-basics", "id: Notes_On_The_Basics", "does not match"),
            ("weeks: 2\n", "weeks: two\n", "fits none of the alternatives"),
        ]
        for (old, new, expected) in broken {
            let value = try #require(try YAMLValue.parse(good.replacingFirst(old, with: new)))
            let errors = validator.errors(in: value)
            #expect(errors.contains { $0.contains(expected) }, "\(new): \(errors)")
        }
    }

    /// Removing any key of any mapping, or adding an unknown one, is an error to
    /// both the schema and the loader, or to neither. This is what makes one table
    /// the source of truth in practice: the loader reads the allowed and required
    /// keys from `CurriculumFormat`, and the schema is generated from it.
    @Test("the schema and the loader agree on every key of every file of two courses")
    func schemaAndLoaderAgree() throws {
        var course = try CourseFiles(directory: CourseFiles.minimalCourse)
        for (path, text) in ReferenceShelfLoaderTests.shelf.files
        where ["patterns/", "cheatsheets/", "recipes/", "glossary.yaml", "selector.yaml"].contains(
            where: path.hasPrefix)
        {
            // The shelf links the mini course's lessons; point it at this course's.
            course.files[path] = text.replacingOccurrences(of: "[one]", with: "[welcome]")
                .replacingOccurrences(of: ", one]", with: ", welcome]")
                .replacingOccurrences(of: "[two]", with: "[planning-a-path]")
        }
        for path in course.files.keys {
            #expect(Self.errors(in: course.files, file: path) == [], "\(path)")
        }

        var disagreements: [String] = []
        var mutations = 0
        for (path, document, yaml) in course.documents {
            let yaml = try #require(yaml)
            let node = try #require(try Yams.compose(yaml: yaml, Resolver.default))
            let validator = SchemaValidator(schema: CurriculumSchema.json(for: document))
            for mutation in Mutation.all(of: node) {
                mutations += 1
                let mutated = try Yams.serialize(node: mutation.apply(to: node))
                var files = course.files
                files[path] =
                    path.hasSuffix(".md") ? Self.replacingFrontMatter(of: course.files[path]!, with: mutated) : mutated
                let schemaErrors = validator.errors(in: try #require(try YAMLValue.parse(mutated)))
                let loaderErrors = Self.errors(in: files, file: path)
                if schemaErrors.isEmpty != loaderErrors.isEmpty {
                    disagreements.append(
                        "\(path) \(mutation): schema \(schemaErrors.isEmpty ? "accepts" : "rejects"), loader "
                            + "\(loaderErrors.isEmpty ? "accepts" : "rejects: \(loaderErrors)")")
                }
            }
        }
        #expect(mutations > 150)
        #expect(disagreements == [])
    }

    // MARK: - Helpers

    static func schemaErrors(in course: CourseFiles) -> [String] {
        course.documents.flatMap { path, document, yaml -> [String] in
            guard let yaml else { return ["\(path): no front matter"] }
            do {
                guard let value = try YAMLValue.parse(yaml) else { return ["\(path): empty"] }
                return SchemaValidator(schema: CurriculumSchema.json(for: document)).errors(in: value).map {
                    "\(path): \($0)"
                }
            } catch {
                return ["\(path): \(error)"]
            }
        }
    }

    /// The loader's errors about `file` when it reads `files`.
    static func errors(in files: [String: String], file: String) -> [String] {
        CurriculumLoader(source: EmbeddedCurriculumSource(files: files)).check().diagnostics
            .filter { $0.isError && $0.file == "curriculum/" + file }.map(\.message)
    }

    static func replacingFrontMatter(of text: String, with yaml: String) -> String {
        "---\n" + yaml + "---\n\n" + LessonDocument(text: text).body
    }
}
