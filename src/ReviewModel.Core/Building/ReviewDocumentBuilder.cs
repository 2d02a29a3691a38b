using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Model;
using ReviewModel.Validation;

namespace ReviewModel.Building;

/// <summary>
/// The mutable builder of a <see cref="ReviewDocument"/>. Describe the header, the opening, then
/// each section in the order it appears in the material, with nested lambdas; call
/// <see cref="Build()"/> once. Links between problems, causes and measures are declared where
/// they belong (a measure says which problems it addresses) and checked when the document is built.
/// </summary>
/// <example>
/// <code>
/// var document = ReviewDocument.Create(d => d
///     .Header(h => h.Title("……对照检查材料").LeadershipTeam("xx市委", "市委常委班子").Aspects(AspectCatalogues.Annual2024))
///     .Problems(p => p.Aspect(1, a => a.Problem("P1", "政治站位不够高。", "……")))
///     .Causes(c => c.Cause("C1", "理论学习不够深入。", "……", x => x.Explains("P1")))
///     .Measures(m => m.Measure("M1", "深化理论武装。", "……", x => x.Addresses("P1").Owner("书记").Deadline(new LocalDate(2025, 6, 30)))));
/// </code>
/// </example>
public sealed class ReviewDocumentBuilder
{
    private readonly HeaderBuilder _header = new();
    private readonly List<Paragraph> _preamble = new();
    private readonly List<Func<Aspects.AspectCatalogue?, List<BuildError>, Section>> _sections = new();
    private readonly HashSet<SectionKind> _structured = new();
    private readonly List<Waiver> _waivers = new();
    private bool _built;

    /// <summary>Describes the header: title, subject, meeting, theme, date, notice, aspects.</summary>
    /// <param name="describe">Describes the header.</param>
    public ReviewDocumentBuilder Header(Action<HeaderBuilder> describe)
    {
        BuilderGuard.NotNull(describe, nameof(describe), "header");
        describe(_header);
        return this;
    }

    /// <summary>Adds an opening paragraph (开头): who, which notice, when, the theme, "现将有关情况汇报如下".</summary>
    /// <param name="text">The paragraph.</param>
    public ReviewDocumentBuilder Preamble(string text)
    {
        _preamble.Add(new Paragraph(BuilderGuard.Text(text, nameof(text), $"preamble[{_preamble.Count}]")));
        return this;
    }

    /// <summary>Adds the preparation section (准备情况).</summary>
    /// <param name="describe">Describes the steps.</param>
    public ReviewDocumentBuilder Preparation(Action<PreparationBuilder> describe)
    {
        var builder = new PreparationBuilder(Structured(SectionKind.Preparation, "preparation", describe));
        describe(builder);
        _sections.Add((_, _) => builder.Build());
        return this;
    }

    /// <summary>Adds last year's rectification section (上年度整改落实情况).</summary>
    /// <param name="describe">Describes the items.</param>
    public ReviewDocumentBuilder LastYearRectification(Action<RectificationBuilder> describe)
    {
        var builder = new RectificationBuilder(Structured(SectionKind.LastYearRectification, "lastYear", describe));
        describe(builder);
        _sections.Add((_, _) => builder.Build());
        return this;
    }

    /// <summary>Adds the problem section, grouped by aspect.</summary>
    /// <param name="describe">Describes the aspects and their problems.</param>
    public ReviewDocumentBuilder Problems(Action<ProblemSectionBuilder> describe)
    {
        var builder = new ProblemSectionBuilder(Structured(SectionKind.Problems, "problems", describe));
        describe(builder);
        _sections.Add((catalogue, errors) => builder.Build(catalogue, errors));
        return this;
    }

    /// <summary>Adds the cause section (原因剖析).</summary>
    /// <param name="describe">Describes the causes.</param>
    public ReviewDocumentBuilder Causes(Action<CauseSectionBuilder> describe)
    {
        var builder = new CauseSectionBuilder(Structured(SectionKind.Causes, "causes", describe));
        describe(builder);
        _sections.Add((_, _) => builder.Build());
        return this;
    }

    /// <summary>Adds the measure section (整改措施).</summary>
    /// <param name="describe">Describes the measures.</param>
    public ReviewDocumentBuilder Measures(Action<MeasureSectionBuilder> describe)
    {
        var builder = new MeasureSectionBuilder(Structured(SectionKind.Measures, "measures", describe));
        describe(builder);
        _sections.Add((_, _) => builder.Build());
        return this;
    }

    /// <summary>Adds a free section: 反面典型案例剖析, 党支部现状, 学习体会 or another.</summary>
    /// <param name="kind">What the section is; not one of the structured kinds.</param>
    /// <param name="describe">Describes its heading and paragraphs.</param>
    public ReviewDocumentBuilder Section(SectionKind kind, Action<CustomSectionBuilder> describe)
    {
        var path = $"sections[{_sections.Count}]";
        BuilderGuard.NotNull(describe, nameof(describe), path);
        if (kind < SectionKind.CaseAnalysis)
        {
            throw new ReviewBuildException(path, $"{kind} 有专门的方法，请使用它 (use the dedicated method for {kind}).");
        }

        var builder = new CustomSectionBuilder(path);
        describe(builder);
        _sections.Add((_, _) => builder.Build(kind));
        return this;
    }

    /// <summary>Records that a rule does not apply to one element, and why.</summary>
    /// <param name="ruleId">The rule, e.g. "RM0011".</param>
    /// <param name="target">An element ID (e.g. "M2") or a document path.</param>
    /// <param name="reason">Why the rule does not apply.</param>
    public ReviewDocumentBuilder Waive(string ruleId, string target, string reason)
    {
        var path = $"waivers[{_waivers.Count}]";
        BuilderGuard.Id(ruleId, nameof(ruleId), path);
        BuilderGuard.Id(target, nameof(target), path);
        BuilderGuard.Id(reason, nameof(reason), path);
        if (RuleCatalogue.Find(ruleId) is not { } rule)
        {
            throw new ReviewBuildException(path, $"没有规则 {ruleId} (no rule '{ruleId}' in the catalogue).");
        }

        if (!rule.IsDocumentRule)
        {
            throw new ReviewBuildException(path, $"{rule.Id} 不是针对文档元素的规则，不能豁免，可调整其级别 ({rule.Id} is not a rule on the document and cannot be waived; change its severity instead).");
        }

        _waivers.Add(new Waiver(ruleId, target, reason));
        return this;
    }

    /// <summary>
    /// Builds the document and checks its integrity: every ID unique (RM0010) and every link pointing
    /// at an element of the right kind that exists (RM0009). Other rules are the validator's.
    /// </summary>
    /// <exception cref="ReviewBuildException">Something is missing or inconsistent; lists every error with its path.</exception>
    public ReviewDocument Build()
    {
        var document = BuildLenient();
        var errors = new List<BuildError>();
        foreach (var finding in ReviewValidator.CheckIntegrity(document))
        {
            errors.Add(new BuildError(finding.Location.Path, finding.RuleId, finding.Message));
        }

        if (errors.Count > 0)
        {
            throw new ReviewBuildException(errors);
        }

        return document;
    }

    /// <summary>
    /// Builds the document without the integrity checks of <see cref="Build()"/>, so that broken links
    /// and duplicate IDs can be reported by the validator instead (e.g. in an editor).
    /// </summary>
    /// <exception cref="ReviewBuildException">The header is incomplete or an aspect number does not exist.</exception>
    public ReviewDocument BuildLenient()
    {
        if (_built)
        {
            throw new InvalidOperationException("Build() 只能调用一次；如需修改，请新建构建器 (Build() may be called once; start a new builder).");
        }

        var errors = new List<BuildError>();
        if (_header.TitleValue is null)
        {
            errors.Add(new BuildError("header.title", null, "缺少标题：请调用 Header(h => h.Title(...)) (the document has no title)."));
        }

        if (_header.SubjectValue is null)
        {
            errors.Add(new BuildError("header.subject", null, "缺少对象：请调用 LeadershipTeam(...) 或 Individual(...) (the document says nobody's material it is)."));
        }

        var catalogue = _header.CatalogueValue;
        var sections = _sections.Select(s => s(catalogue, errors)).ToValueList();
        if (errors.Count > 0)
        {
            throw new ReviewBuildException(errors);
        }

        var header = new DocumentHeader(
            _header.TitleValue!,
            _header.SubjectValue!,
            _header.MeetingKindValue,
            _header.IsThematicValue,
            _header.ThemeValue,
            _header.MeetingDateValue,
            _header.NoticeValue,
            catalogue);
        _built = true;
        return new ReviewDocument(header, _preamble.ToValueList(), sections, _waivers.ToValueList());
    }

    private string Structured(SectionKind kind, string path, object? describe)
    {
        BuilderGuard.NotNull(describe, "describe", path);
        if (!_structured.Add(kind))
        {
            throw new ReviewBuildException(path, $"章节 {kind} 已添加，一份材料只有一个 (the {kind} section is already described; a document has one).");
        }

        return path;
    }
}
