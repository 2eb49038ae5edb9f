using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Access.Domain;
using ParkLens.Core.ChainAtlas.Domain;
using ParkLens.Core.ChainAtlas.Templates;
using ParkLens.Core.Common;
using ParkLens.Core.Data;
using ParkLens.Core.Registry.Contracts;

namespace ParkLens.Core.ChainAtlas.ImportCandidates;

public sealed record ImportCandidatesResult(int Created, int Updated, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public bool Forbidden => Problems.Any(p => p.Rule == Problem.NotPermitted);
}

/// <summary>
/// Imports the national candidate pool (the format of data/chains/candidates.csv). Every row is checked first; a file
/// with any problem writes nothing. Rows upsert by company name.
/// </summary>
public sealed class ImportCandidatesHandler(IDbContextFactory<ParkDbContext> dbs, ICurrentActor actor, TimeProvider clock)
{
    public static readonly string[] Columns = ["name", "uscc", "province_code", "city_code", "industry_code", "main_products", "listed_board", "stock_code", "lists", "chains", "source"];

    public static readonly IReadOnlySet<string> Boards = new HashSet<string>(["上交所主板", "深交所主板", "创业板", "科创板", "北交所", "港交所", "纽交所", "纳斯达克"]);

    public static readonly IReadOnlySet<string> KnownLists = new HashSet<string>(["上市公司", "专精特新小巨人", "单项冠军", "高新技术企业", "专精特新", "创新型中小企业", "科技型中小企业"]);

    public static readonly ProblemRule MissingColumn = new("pool-column", "缺少列「{0}」", "column \"{0}\" is missing");
    public static readonly ProblemRule Required = new("pool-required", "第 {0} 行，列「{1}」：必填", "row {0}, column \"{1}\": required");
    public static readonly ProblemRule TooLong = new("pool-length", "第 {0} 行，列「{1}」：不超过 {2} 个字", "row {0}, column \"{1}\": at most {2} characters");
    public static readonly ProblemRule BadUscc = new("pool-uscc", "第 {0} 行，列「uscc」：不是有效的统一社会信用代码（GB 32100-2015）：{1}", "row {0}, column \"uscc\": not a valid USCC (GB 32100-2015): {1}");
    public static readonly ProblemRule BadProvince = new("pool-province", "第 {0} 行，列「province_code」：不是省级区划代码：{1}", "row {0}, column \"province_code\": not a province code: {1}");
    public static readonly ProblemRule BadCity = new("pool-city", "第 {0} 行，列「city_code」：不是该省的地级区划代码：{1}", "row {0}, column \"city_code\": not a prefecture code of that province: {1}");
    public static readonly ProblemRule BadIndustry = new("pool-industry", "第 {0} 行，列「industry_code」：不是 GB/T 4754-2017 行业代码：{1}", "row {0}, column \"industry_code\": not a GB/T 4754-2017 code: {1}");
    public static readonly ProblemRule BadBoard = new("pool-board", "第 {0} 行，列「listed_board」：只能是 {2}：{1}", "row {0}, column \"listed_board\": one of {2}: {1}");
    public static readonly ProblemRule BadList = new("pool-list", "第 {0} 行，列「lists」：不认识的名单：{1}", "row {0}, column \"lists\": unknown list: {1}");
    public static readonly ProblemRule BadChain = new("pool-chain", "第 {0} 行，列「chains」：没有这条产业链：{1}", "row {0}, column \"chains\": no such chain: {1}");
    public static readonly ProblemRule DuplicateName = new("pool-duplicate", "第 {0} 行，列「name」：与第 {1} 行重复：{2}", "row {0}, column \"name\": same as row {1}: {2}");
    public static readonly ProblemRule NotPermitted = new(Problem.NotPermitted, "只有系统管理员可以导入全国候选库（它对所有开发区生效）", "only a system administrator imports the national pool (every zone uses it)");

    public async Task<ImportCandidatesResult> HandleAsync(Stream csv, string fileName, CancellationToken ct)
    {
        if (!WritePermissions.CanImportCandidatePool(actor.Role))
        {
            return new(0, 0, [NotPermitted.For("role")]);
        }
        var (rows, problems) = Parse(csv);
        if (problems.Count > 0)
        {
            return new(0, 0, problems);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.PoolCandidates.ToDictionaryAsync(c => c.Name, ct);
        int created = 0, updated = 0;
        db.EntityAudit = false;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Name, out var target))
            {
                target = new PoolCandidate { Name = row.Name };
                db.PoolCandidates.Add(target);
                created++;
            }
            else
            {
                updated++;
            }
            target.Uscc = row.Uscc;
            target.ProvinceCode = row.ProvinceCode;
            target.CityCode = row.CityCode;
            target.IndustryCode = row.IndustryCode;
            target.MainProducts = row.MainProducts;
            target.ListedBoard = row.ListedBoard;
            target.StockCode = row.StockCode;
            target.Lists = row.Lists;
            target.Chains = row.Chains;
            target.Source = row.Source;
            target.ImportedAtUtc = now;
            target.ImportedBy = actor.Name;
        }
        db.Record(AuditAction.Import, "PoolCandidates", fileName, null, new { created, updated });
        await db.SaveChangesAsync(ct);
        return new(created, updated, []);
    }

    internal static (List<PoolCandidate> Rows, List<Problem> Problems) Parse(Stream csv)
    {
        var problems = new List<Problem>();
        var rows = new List<PoolCandidate>();
        using var reader = new StreamReader(csv, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null });
        if (!parser.Read() || !parser.ReadHeader() || parser.HeaderRecord is null)
        {
            return (rows, [MissingColumn.For("header", "name")]);
        }
        var header = parser.HeaderRecord.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        foreach (var column in Columns.Where(c => !header.Contains(c)))
        {
            problems.Add(MissingColumn.For(column, column));
        }
        if (problems.Count > 0)
        {
            return (rows, problems);
        }
        var chainKeys = BuiltInChains.All.Select(c => c.Template.Key).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 1;
        while (parser.Read())
        {
            line++;
            string F(string column) => parser.GetField(header.IndexOf(column))?.Trim() ?? "";
            var before = problems.Count;
            var name = F("name");
            void Check(string column, string value, int max, bool required)
            {
                if (required && value.Length == 0)
                {
                    problems.Add(Required.For($"row {line}, {column}", line, column));
                }
                else if (value.Length > max)
                {
                    problems.Add(TooLong.For($"row {line}, {column}", line, column, max));
                }
            }
            Check("name", name, 200, true);
            Check("main_products", F("main_products"), 1000, true);
            Check("source", F("source"), 400, true);
            Check("stock_code", F("stock_code"), 20, false);
            var uscc = F("uscc");
            if (uscc.Length > 0 && !Uscc.IsValid(uscc))
            {
                problems.Add(BadUscc.For($"row {line}, uscc", line, uscc));
            }
            var province = F("province_code");
            if (province.Length != 2 || ReferenceCodes.DivisionName(province) is null)
            {
                problems.Add(BadProvince.For($"row {line}, province_code", line, province));
            }
            var city = F("city_code");
            if (city.Length > 0 && (city.Length != 4 || !city.StartsWith(province, StringComparison.Ordinal) || ReferenceCodes.DivisionName(city) is null))
            {
                problems.Add(BadCity.For($"row {line}, city_code", line, city));
            }
            var industry = F("industry_code");
            if (!ReferenceCodes.IsIndustry(industry) || industry.Length < 2 || !char.IsDigit(industry[0]))
            {
                problems.Add(BadIndustry.For($"row {line}, industry_code", line, industry));
            }
            var board = F("listed_board");
            if (board.Length > 0 && !Boards.Contains(board))
            {
                problems.Add(BadBoard.For($"row {line}, listed_board", line, board, string.Join("/", Boards)));
            }
            var lists = Split(F("lists"));
            foreach (var list in lists.Where(l => !KnownLists.Contains(l)))
            {
                problems.Add(BadList.For($"row {line}, lists", line, list));
            }
            var chains = Split(F("chains"));
            foreach (var chain in chains.Where(c => !chainKeys.Contains(c)))
            {
                problems.Add(BadChain.For($"row {line}, chains", line, chain));
            }
            if (name.Length > 0 && !seen.TryAdd(name, line))
            {
                problems.Add(DuplicateName.For($"row {line}, name", line, seen[name], name));
            }
            if (problems.Count == before)
            {
                rows.Add(new PoolCandidate
                {
                    Name = name, Uscc = uscc.Length > 0 ? Uscc.Normalize(uscc) : null, ProvinceCode = province, CityCode = city.Length > 0 ? city : null,
                    IndustryCode = industry, MainProducts = F("main_products"), ListedBoard = board.Length > 0 ? board : null,
                    StockCode = F("stock_code") is { Length: > 0 } s ? s : null, Lists = string.Join(";", lists), Chains = string.Join(";", chains), Source = F("source"),
                });
            }
        }
        return (rows, problems);
    }

    private static List<string> Split(string text) =>
        text.Split([';', '；', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
