namespace ParkLens.Core.EnterpriseTiers.Rules;

public enum Tier { SizeClass, TechSme, HighTech, InnovativeSme, Specialized, LittleGiant, Gazelle }

public enum Verdict { Pass, Fail, CannotDecide }

public enum CriterionState { Met, NotMet, Unknown, Info }

public enum FactUnit { TenThousandYuan, Count, Ratio, Boolean, Level, Years, Days, Points }

public enum FactOrigin { Registry, Entered, Derived }
