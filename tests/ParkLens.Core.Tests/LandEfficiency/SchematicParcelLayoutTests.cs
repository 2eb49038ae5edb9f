using System.Text.Json;
using ParkLens.Core.LandEfficiency.ParcelMap;

namespace ParkLens.Core.Tests.LandEfficiency;

public sealed class SchematicParcelLayoutTests
{
    private static List<ParcelPlot> Parcels(int count, int seed)
    {
        var random = new Random(seed);
        var subParks = new[] { (Id: (int?)1, Name: "一园"), (2, "二园"), (3, "三园"), (null, "未分园") };
        return Enumerable.Range(1, count).Select(i =>
        {
            var sp = subParks[random.Next(subParks.Length)];
            // From half a 亩 to a few hundred: the register's spread.
            var area = Math.Round((decimal)Math.Exp(random.NextDouble() * 6.5 - 0.7), 2);
            return new ParcelPlot(i, $"P-{i:000}", sp.Id, sp.Name, area, "Industrial", i % 5 == 0 ? null : 1000 + i, i % 5 == 0 ? null : $"企业{i}", i % 7 == 0);
        }).ToList();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(12, 3)]
    [InlineData(68, 4)]
    [InlineData(300, 5)]
    public void EveryParcel_GetsAnAreaProportionalToItsMu_WithinOnePercent(int count, int seed)
    {
        var parcels = Parcels(count, seed);

        var layout = SchematicParcelLayout.Place(parcels);

        layout.Parcels.Count.ShouldBe(count);
        var plane = layout.Width * layout.Height;
        var total = (double)parcels.Sum(p => p.AreaMu);
        foreach (var placed in layout.Parcels)
        {
            var expected = (double)placed.Parcel.AreaMu / total * plane;
            placed.Rect.Area.ShouldBe(expected, expected * 0.01, placed.Parcel.Code);
            placed.Rect.Width.ShouldBeGreaterThan(0);
            placed.Rect.Height.ShouldBeGreaterThan(0);
        }
        layout.Parcels.Sum(p => p.Rect.Area).ShouldBe(plane, plane * 1e-9);
    }

    [Theory]
    [InlineData(68, 4)]
    [InlineData(300, 5)]
    public void Parcels_DoNotOverlap_StayOnThePlane_AndStayInsideTheirSubPark(int count, int seed)
    {
        var layout = SchematicParcelLayout.Place(Parcels(count, seed));
        const double eps = 1e-6;

        var rects = layout.Parcels.Select(p => p.Rect).ToList();
        for (var i = 0; i < rects.Count; i++)
        {
            rects[i].X.ShouldBeGreaterThanOrEqualTo(-eps);
            rects[i].Y.ShouldBeGreaterThanOrEqualTo(-eps);
            rects[i].Right.ShouldBeLessThanOrEqualTo(layout.Width + eps);
            rects[i].Bottom.ShouldBeLessThanOrEqualTo(layout.Height + eps);
            for (var j = i + 1; j < rects.Count; j++)
            {
                Overlap(rects[i], rects[j]).ShouldBeLessThan(eps, $"{layout.Parcels[i].Parcel.Code} × {layout.Parcels[j].Parcel.Code}");
            }
        }
        layout.Blocks.Select(b => b.Name).ShouldBe(["一园", "二园", "三园", "未分园"], ignoreOrder: true);
        foreach (var placed in layout.Parcels)
        {
            var block = layout.Blocks.Single(b => b.SubParkId == placed.Parcel.SubParkId).Rect;
            (placed.Rect.X >= block.X - eps && placed.Rect.Right <= block.Right + eps && placed.Rect.Y >= block.Y - eps && placed.Rect.Bottom <= block.Bottom + eps)
                .ShouldBeTrue(placed.Parcel.Code);
        }
        for (var i = 0; i < layout.Blocks.Count; i++)
        {
            for (var j = i + 1; j < layout.Blocks.Count; j++)
            {
                Overlap(layout.Blocks[i].Rect, layout.Blocks[j].Rect).ShouldBeLessThan(eps);
            }
        }
    }

    [Fact]
    public void SameInput_InAnyOrder_GivesTheSameGeoJson()
    {
        var parcels = Parcels(68, 4);
        var shuffled = parcels.OrderBy(p => p.ParcelId * 7919 % 101).ToList();

        var a = SchematicParcelLayout.ToGeoJson(SchematicParcelLayout.Place(parcels));
        var b = SchematicParcelLayout.ToGeoJson(SchematicParcelLayout.Place(parcels));
        var c = SchematicParcelLayout.ToGeoJson(SchematicParcelLayout.Place(shuffled));

        b.ShouldBe(a);
        c.ShouldBe(a);
    }

    [Fact]
    public void GeoJson_IsAFeatureCollection_OfClosedPolygons_WithTheParcelsProperties()
    {
        var parcels = Parcels(12, 3);
        var layout = SchematicParcelLayout.Place(parcels);

        using var doc = JsonDocument.Parse(SchematicParcelLayout.ToGeoJson(layout));

        var root = doc.RootElement;
        root.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        root.GetProperty("properties").GetProperty("notice").GetString().ShouldBe("示意图：按面积排布，非测绘坐标");
        var features = root.GetProperty("features").EnumerateArray().ToList();
        features.Count.ShouldBe(12);
        var total = (double)parcels.Sum(p => p.AreaMu);
        foreach (var f in features)
        {
            var props = f.GetProperty("properties");
            var parcel = parcels.Single(p => p.ParcelId == props.GetProperty("parcelId").GetInt32());
            props.GetProperty("code").GetString().ShouldBe(parcel.Code);
            props.GetProperty("key").GetString().ShouldBe("p" + parcel.ParcelId);
            props.GetProperty("subPark").GetString().ShouldBe(parcel.SubParkName);
            props.GetProperty("areaMu").GetDecimal().ShouldBe(parcel.AreaMu);
            props.GetProperty("owner").ValueKind.ShouldBe(parcel.OwnerName is null ? JsonValueKind.Null : JsonValueKind.String);
            props.GetProperty("use").GetString().ShouldBe("Industrial");
            props.GetProperty("idle").GetBoolean().ShouldBe(parcel.IsIdle);
            var geometry = f.GetProperty("geometry");
            geometry.GetProperty("type").GetString().ShouldBe("Polygon");
            var ring = geometry.GetProperty("coordinates")[0].EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
            ring.Count.ShouldBe(5);
            ring[^1].ShouldBe(ring[0]);
            // Shoelace: positive = counter-clockwise (RFC 7946), area still proportional after rounding.
            var area = ring.Zip(ring.Skip(1), (p, q) => p.X * q.Y - q.X * p.Y).Sum() / 2;
            var expected = (double)parcel.AreaMu / total * layout.Width * layout.Height;
            area.ShouldBe(expected, expected * 0.01);
            ring.ShouldAllBe(p => p.X >= 0 && p.X <= layout.Width && p.Y >= 0 && p.Y <= layout.Height);
        }
    }

    [Fact]
    public void ParcelsWithoutArea_AreLeftOut_AndNoParcels_GiveAnEmptyCollection()
    {
        var parcels = new List<ParcelPlot>
        {
            new(1, "A", null, "未分园", 10m, "Industrial", 1, "甲", false),
            new(2, "B", null, "未分园", 0m, "Industrial", 2, "乙", false),
        };

        var layout = SchematicParcelLayout.Place(parcels);
        layout.Parcels.Single().Parcel.Code.ShouldBe("A");
        layout.Parcels.Single().Rect.ShouldBe(new PlaneRect(0, 0, layout.Width, layout.Height));

        var empty = SchematicParcelLayout.Place([]);
        using var doc = JsonDocument.Parse(SchematicParcelLayout.ToGeoJson(empty));
        doc.RootElement.GetProperty("features").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Squarified_KeepsRectanglesCloseToSquare()
    {
        // Bruls et al.'s example: 6, 6, 4, 3, 2, 2, 1 on a 6 × 4 rectangle.
        var rects = SchematicParcelLayout.Squarify([6, 6, 4, 3, 2, 2, 1], new PlaneRect(0, 0, 6, 4));

        rects.Select(r => Math.Max(r.Width / r.Height, r.Height / r.Width)).Max().ShouldBeLessThan(3);
        rects[0].ShouldBe(new PlaneRect(0, 0, 3, 2));
        rects[1].ShouldBe(new PlaneRect(0, 2, 3, 2));
    }

    private static double Overlap(PlaneRect a, PlaneRect b) =>
        Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X)) * Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y));
}
