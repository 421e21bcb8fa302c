package org.openconsultation.examples.portal.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openconsultation.core.dashboard.DashboardCharts;
import org.openconsultation.core.dashboard.svg.DataCell;
import org.openconsultation.core.dashboard.svg.DataRow;
import org.openconsultation.core.dashboard.svg.DataTable;
import org.openconsultation.core.dashboard.svg.PointMap;
import org.openconsultation.core.export.ExportOptions;
import org.openconsultation.core.export.MapLayer;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.spi.ContributionFilter;
import org.openconsultation.examples.portal.view.ChartView;
import org.openconsultation.examples.portal.view.MapView;
import org.openconsultation.examples.portal.view.Texts;

/**
 * The map: the workshops at their places (the dashboard's workshop map) and the institutional
 * contributions at their organisations' places, each an SVG with its data table, and the three
 * GeoJSON layers to download for uMap or any GIS.
 */
final class MapPage {

  private static final String GEOJSON = ".geojson";

  private final Site site;

  MapPage(Site site) {
    this.site = site;
  }

  void show(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    Texts texts = visit.texts();
    Actor actor = visit.actor();
    Consultation c = visit.consultation();
    PointMap workshops =
        DashboardCharts.of(visit.engine().dashboard().figures(actor, c.id()), texts.locale())
            .workshopMap();
    List<Contribution> institutional =
        visit
            .engine()
            .contributions()
            .list(
                actor,
                c.id(),
                ContributionFilter.published().withKind(ContributionKind.INSTITUTIONAL));
    List<MapView.Layer> layers = new ArrayList<>();
    for (MapLayer layer : MapLayer.values()) {
      layers.add(
          new MapView.Layer(
              texts.get("map.layer." + layer.name()),
              "/c/" + c.slug() + "/map/" + stem(layer) + GEOJSON));
    }
    MapView view =
        new MapView(
            ChartView.of("map-workshops", workshops),
            ChartView.of("map-institutions", institutions(texts, institutional)),
            institutional,
            layers);
    visit.render("map.jte", visit.page(texts.get("map.title"), "map"), view);
  }

  /** A layer of {@code /c/{slug}/map/{layer}.geojson}. */
  void layer(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    String file = ctx.pathParam("file");
    MapLayer layer =
        Arrays.stream(MapLayer.values())
            .filter(l -> file.equals(stem(l) + GEOJSON))
            .findFirst()
            .orElseThrow(() -> ExportPages.noFile(visit));
    Actor actor = visit.actor();
    Consultation c = visit.consultation();
    ExportOptions options = ExportPages.options(ctx, visit);
    Download.send(
        ctx,
        Download.GEOJSON,
        c.slug() + "-" + file,
        out -> visit.engine().exports().geoJson(actor, c.id(), layer, out, options));
  }

  /**
   * The institutional contributions that carry a location, one point per organisation and place,
   * sized by its number of contributions.
   */
  private static PointMap institutions(Texts texts, List<Contribution> contributions) {
    record Place(String organisation, GeoPoint point) {}
    Map<Place, List<Contribution>> places = new LinkedHashMap<>();
    for (Contribution x : contributions) {
      GeoPoint at = x.location();
      if (at != null && x.provenance() instanceof Provenance.Institutional i) {
        places.computeIfAbsent(new Place(i.organisation(), at), p -> new ArrayList<>()).add(x);
      }
    }
    List<DataRow> rows = new ArrayList<>();
    places.forEach(
        (place, list) -> {
          String territory = list.get(0).territory();
          rows.add(
              new DataRow(
                  place.organisation(),
                  List.of(
                      DataCell.text(territory == null ? "" : territory),
                      DataCell.decimal(place.point().latitude(), 4),
                      DataCell.decimal(place.point().longitude(), 4),
                      DataCell.count(list.size()))));
        });
    return PointMap.of(
        new DataTable(
            texts.get("map.institutions.caption"),
            List.of(
                texts.get("map.header.organisation"),
                texts.get("map.header.territory"),
                texts.get("map.header.latitude"),
                texts.get("map.header.longitude"),
                texts.get("map.header.contributions")),
            rows));
  }

  private static String stem(MapLayer layer) {
    return layer.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
