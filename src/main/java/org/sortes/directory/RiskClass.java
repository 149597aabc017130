package org.sortes.directory;

/** Credit risk class (信用风险分类): A lowest risk to D highest. */
public enum RiskClass { A, B, C, D }
