using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;

namespace ParkLens.Core.Data;

public sealed class PostgresParkDbContext(DbContextOptions<PostgresParkDbContext> options, ICurrentActor actor)
    : ParkDbContext(options, actor);
