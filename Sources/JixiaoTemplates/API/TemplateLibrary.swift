import Foundation
import JixiaoDiagnostics

/// A template and every template it includes or extends, parsed once, ready to render many
/// times (also at once from several threads: it is immutable).
///
/// Names in `{% include %}` and `{% extends %}` are resolved relative to the folder of the
/// top-level template and must stay inside the templates folder (`root`): a folder handed from
/// one bureau to another cannot make jixiao read `../../../etc/passwd`. Every problem, in
/// loading or rendering, is a `Diagnostic` naming the template file, line and column.
public struct TemplateLibrary: Sendable {
    struct CompiledTemplate: Sendable {
        var file: String
        var nodes: [Node]
        var blocks: [String: [Node]]
        var parent: String?
    }

    /// The name of the top-level template.
    public let main: String
    /// The output format taken from the top-level template's name.
    public let format: OutputFormat
    let templates: [String: CompiledTemplate]
    private let sources: [String: SourceText]

    /// Loads the template file at `path` and the templates it names.
    ///
    /// - Parameter root: the templates folder no name may leave, symbolic links followed. By
    ///   default the folder above the template's own: `Templates/广东/自评报告.md` may include
    ///   `../共用/_报告.md` but nothing outside `Templates/`.
    public init(contentsOf path: String, root: String? = nil) throws(Diagnostic) {
        var cache = Cache()
        try self.init(contentsOf: path, root: root, cache: &cache)
    }

    /// Loads the template file at `path` as `init(contentsOf:root:)` does, taking from `cache`
    /// every file an earlier library parsed and leaving there every file it parses (see `Cache`).
    public init(contentsOf path: String, root: String? = nil, cache: inout Cache) throws(Diagnostic) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let main = url.lastPathComponent
        let boundary = TemplateFileReader(root: root.map { URL(fileURLWithPath: $0) } ?? folder.deletingLastPathComponent())
        try self.init(main: main, displayPrefix: path.hasSuffix(main) ? String(path.dropLast(main.count)) : "", cache: &cache) { name in
            name.hasPrefix("/") ? .failure(.outsideFolder) : boundary.read(folder.appendingPathComponent(name).path)
        }
    }

    /// Templates held in memory by name (tests, templates built into the binary).
    public init(templates: [String: String], main: String) throws(Diagnostic) {
        var cache = Cache()
        try self.init(main: main, displayPrefix: "", cache: &cache) { name in
            templates[name].map { .success(Array($0.utf8)) } ?? .failure(.notFound)
        }
    }

    /// Template files parsed by one library and kept for the next, so that the libraries of a
    /// run share the files they have in common (a report format's `_正文.jinja`, the shared
    /// `_样式.html`) instead of parsing each again: the seven documents of a unit read 63 KB of
    /// templates, 38 KB of it distinct.
    ///
    /// A file is taken from the cache only under the same name as shown in messages and with
    /// the same bytes; every file is still read through the same folder boundary, so a cache
    /// changes nothing but the time a load takes.
    public struct Cache: Sendable {
        struct Entry: Sendable {
            var raw: [UInt8]
            var source: SourceText
            var template: CompiledTemplate
            var references: [(name: String, offset: Int)]
        }

        var entries: [String: Entry] = [:]

        public init() {}
    }

    private init(main: String, displayPrefix: String, cache: inout Cache,
                 read: (String) -> Result<[UInt8], TemplateFileReader.Problem>) throws(Diagnostic) {
        self.main = main
        self.format = OutputFormat(fileName: main)
        var templates: [String: CompiledTemplate] = [:]
        var sources: [String: SourceText] = [:]
        var pending: [(name: String, from: (file: String, offset: Int)?)] = [(main, nil)]
        while let (name, reference) = pending.popLast() {
            guard templates[name] == nil else { continue }
            let file = displayPrefix + name
            let raw: [UInt8]
            switch read(name) {
            case .success(let bytes): raw = bytes
            case .failure(let problem):
                let kind: TemplateFailure.Kind = switch problem {
                case .notFound: reference == nil ? .mainTemplateNotFound : .templateNotFound(name)
                case .outsideFolder: .templateOutsideFolder(name)
                case .symbolicLinkLoop: .templateSymbolicLinkLoop(name)
                case .unreadable(let reason): .templateUnreadable(name, reason: reason)
                }
                guard let reference, let source = sources[reference.file] else {
                    let failure = TemplateFailure(kind, at: 0, in: file)
                    throw Diagnostic(at: Location(file: file, line: 0, column: 0), message: failure.message, hint: failure.hint)
                }
                throw Self.diagnostic(TemplateFailure(kind, at: reference.offset, in: reference.file), source)
            }
            if let entry = cache.entries[file], entry.raw == raw {
                sources[file] = entry.source
                templates[name] = entry.template
                pending += entry.references.map { ($0.name, (file, $0.offset)) }
                continue
            }
            let source = SourceText(file: file, bytes: SourceText.normalizingLineBreaks(raw[...]))
            sources[file] = source
            do throws(TemplateFailure) {
                let tokens = try TemplateLexer(bytes: source.bytes, file: file).tokenize()
                var parser = TemplateParser(tokens: tokens, bytes: source.bytes, file: file)
                let nodes = try parser.parseTemplate()
                let template = CompiledTemplate(file: file, nodes: nodes, blocks: parser.blocks, parent: parser.parent)
                templates[name] = template
                cache.entries[file] = Cache.Entry(raw: raw, source: source, template: template, references: parser.references)
                pending += parser.references.map { ($0.name, (file, $0.offset)) }
            } catch {
                throw Self.diagnostic(error, source)
            }
        }
        self.templates = templates
        self.sources = sources
    }

    /// The data paths the template and every template it includes or extends can read
    /// (`收支情况.说明`, `项目支出明细[].名称`), names bound by `set` and `for` resolved to the paths
    /// they stand for. A path read whole (printed, tested, passed to a filter or macro) covers
    /// everything under it. Lets a caller tell which keys of a data file a format never prints.
    public var referencedNames: Set<String> {
        Self.referencedNames(of: [self])
    }

    /// The data paths any of `libraries` can read (each library's `referencedNames`), every
    /// template file looked at once however many of the libraries include it.
    public static func referencedNames(of libraries: some Sequence<TemplateLibrary>) -> Set<String> {
        var names: Set<String> = []
        var seen: [String: [UInt8]] = [:]
        for library in libraries {
            for template in library.templates.values {
                let bytes = library.sources[template.file]?.bytes ?? []
                guard seen[template.file] != bytes else { continue }
                seen[template.file] = bytes
                var collector = NameCollector()
                collector.collect(template.nodes)
                for body in template.blocks.values { collector.collect(body) }
                names.formUnion(collector.paths)
            }
        }
        return names
    }

    /// Renders the top-level template with `data` as its names.
    ///
    /// - Parameter format: overrides the format taken from the template's file name.
    public func render(_ data: TemplateMap, format: OutputFormat? = nil) throws(Diagnostic) -> String {
        var chain = [templates[main]!]
        let renderer = Renderer(library: self, format: format ?? self.format, globals: data, file: chain[0].file)
        do throws(TemplateFailure) {
            while let parent = chain.last!.parent {
                guard let next = templates[parent], chain.count <= Renderer.callDepthLimit else {
                    throw TemplateFailure(.recursionTooDeep(limit: Renderer.callDepthLimit), at: 0, in: chain.last!.file)
                }
                chain.append(next)
            }
            for template in chain {
                for (name, body) in template.blocks { renderer.blockChains[name, default: []].append((body, template.file)) }
            }
            renderer.file = chain.last!.file
            renderer.output.reserveCapacity(1 << 16)
            try renderer.render(chain.last!.nodes)
            return String(decoding: renderer.output, as: UTF8.self)
        } catch {
            throw Self.diagnostic(error, sources[error.file] ?? SourceText(file: error.file, bytes: []))
        }
    }

    private static func diagnostic(_ failure: TemplateFailure, _ source: SourceText) -> Diagnostic {
        Diagnostic(in: source, atByteOffset: failure.offset, message: failure.message, hint: failure.hint)
    }
}
