using Microsoft.EntityFrameworkCore;
using ParkLens.Core.Common;

namespace ParkLens.Core.Data;

public sealed class SqliteParkDbContext(DbContextOptions<SqliteParkDbContext> options, ICurrentActor actor)
    : ParkDbContext(options, actor);
