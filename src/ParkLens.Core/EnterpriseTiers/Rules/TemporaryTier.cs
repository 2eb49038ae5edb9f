namespace ParkLens.Core.EnterpriseTiers.Rules;

// Replaced by the rule engine's own definition when the engine branch is merged.
public enum Tier { SizeClass, TechSme, HighTech, InnovativeSme, Specialized, LittleGiant, Gazelle }
