package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.spi.ContributionFilter;

/**
 * A contribution query narrowed by a {@link ContributionFilter}: each criterion becomes a condition
 * with a parameter, inserted before the query's {@code ORDER BY}.
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
    if (!filter.statuses().containsAll(EnumSet.allOf(PublicationStatus.class))) {
      where.append(" AND status IN (");
      String separator = "";
      for (PublicationStatus status : EnumSet.copyOf(filter.statuses())) {
        where.append(separator).append('?');
        separator = ", ";
        parameters.add(b -> b.name(status));
      }
      where.append(')');
    }
    int order = base.lastIndexOf(" ORDER BY ");
    return new Filtered(
        base.substring(0, order) + where + base.substring(order), List.copyOf(parameters));
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
