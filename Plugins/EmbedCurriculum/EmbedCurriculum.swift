import Foundation
import PackagePlugin

/// Checks `curriculum/` and compiles it into a Swift source file, parsed and as
/// files, so the `waymark` binary carries its bundled curriculum wherever it is
/// copied and starts without parsing it.
@main
struct EmbedCurriculum: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let curriculum = context.package.directoryURL.appending(path: "curriculum")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledCurriculumFiles.swift")
        return [
            .buildCommand(
                displayName: "Checking and embedding the bundled curriculum into \(target.name)",
                executable: try context.tool(named: "CurriculumEmbedder").url,
                arguments: [curriculum.path(), output.path()],
                inputFiles: Self.regularFiles(under: curriculum),
                outputFiles: [output]
            )
        ]
    }

    /// Every regular file below `root`: the build reruns when any of them changes.
    static func regularFiles(under root: URL) -> [URL] {
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        return walker.compactMap { $0 as? URL }.filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        }
    }
}
