package org.flipside.diagnostic;

public enum Severity { ERROR, WARNING }
