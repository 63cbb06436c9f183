package org.flipside.scheme;

import java.util.List;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;

/** A valid scheme with the warnings found while loading it (stale signposting, low contrast, ...). */
public record LoadedScheme(Scheme scheme, List<Problem> warnings) {}
