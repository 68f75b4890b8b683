import Foundation
import LargeCurriculum

// generate-large-curriculum OUTDIR: writes the benchmarks' scale-case curriculum
// (100 paths, 5,000 lessons, 20,000 deliverables) into a new or empty directory.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let output = arguments.first, !output.hasPrefix("-") else {
    FileHandle.standardError.write(
        Data(
            """
            Usage: generate-large-curriculum OUTDIR
            Writes a valid curriculum of 100 paths, 5,000 lessons and 20,000 deliverables
            into OUTDIR, which must be new or empty. The output is the same on every run.

            """.utf8))
    exit(64)
}

let curriculum = LargeCurriculum.standard
do {
    try curriculum.write(to: URL(fileURLWithPath: output))
    print(
        "Wrote \(curriculum.pathCount) paths, \(curriculum.lessonCount) lessons and "
            + "\(curriculum.deliverableCount) deliverables to \(output)")
} catch {
    FileHandle.standardError.write(Data("generate-large-curriculum: \(error)\n".utf8))
    exit(1)
}
