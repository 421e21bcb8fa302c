package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * A query narrowed by a {@link ContributionFilter} or a set of statuses: each criterion becomes a
 * condition with a parameter, inserted before the query's {@code ORDER BY}.
 */
final class Filtered {

  private final String sql;
  private final List<Db.Binding> parameters;

  private Filtered(String sql, List<Db.Binding> parameters) {
    this.sql = sql;
    this.parameters = parameters;
  }

  /** {@code base} is {@code SELECT … WHERE consultation_id = ? ORDER BY …}. */
  static Filtered of(String base, ContributionFilter filter) {
    StringBuilder where = new StringBuilder();
    List<Db.Binding> parameters = new ArrayList<>();
    if (filter.theme() != null) {
      where.append(" AND theme_id = ?");
      parameters.add(b -> b.uuid(filter.theme().value()));
    }
    if (filter.kind() != null) {
      ContributionKind kind = filter.kind();
      where.append(" AND kind = ?");
      parameters.add(b -> b.name(kind));
    }
    if (filter.territory() != null) {
      String territory = filter.territory();
      where.append(" AND territory = ?");
      parameters.add(b -> b.text(territory));
    }
    if (filter.workshop() != null) {
      where.append(" AND workshop_id = ?");
      parameters.add(b -> b.uuid(filter.workshop().value()));
    }
    if (filter.author() != null) {
      String author = filter.author().value();
      where.append(" AND author = ?");
      parameters.add(b -> b.text(author));
    }
    statusIn(filter.statuses(), where, parameters);
    return new Filtered(beforeOrder(base, where), List.copyOf(parameters));
  }

  /**
   * {@code base} ({@code SELECT … WHERE … ORDER BY …}) narrowed to rows whose {@code status} is one
   * of {@code statuses}; to none when the set is empty.
   */
  static Filtered byStatus(String base, Set<PublicationStatus> statuses) {
    StringBuilder where = new StringBuilder();
    List<Db.Binding> parameters = new ArrayList<>();
    statusIn(statuses, where, parameters);
    return new Filtered(beforeOrder(base, where), List.copyOf(parameters));
  }

  /** {@code AND status IN (?, …)}, nothing for every status, a false condition for none. */
  private static void statusIn(
      Set<PublicationStatus> statuses, StringBuilder where, List<Db.Binding> parameters) {
    if (statuses.isEmpty()) {
      where.append(" AND 1 = 0");
      return;
    }
    if (statuses.containsAll(EnumSet.allOf(PublicationStatus.class))) {
      return;
    }
    where.append(" AND status IN (");
    String separator = "";
    for (PublicationStatus status : EnumSet.copyOf(statuses)) {
      where.append(separator).append('?');
      separator = ", ";
      parameters.add(b -> b.name(status));
    }
    where.append(')');
  }

  private static String beforeOrder(String base, CharSequence where) {
    int order = base.lastIndexOf(" ORDER BY ");
    return base.substring(0, order) + where + base.substring(order);
  }

  String sql() {
    return sql;
  }

  void bind(Binder binder) throws SQLException {
    for (Db.Binding parameter : parameters) {
      parameter.bind(binder);
    }
  }
}
