package org.openconsultation.examples.portal.view;

import java.util.List;
import org.openconsultation.core.model.Contribution;

/**
 * The map page: the workshops and the institutional contributions drawn as points, each map with
 * its data table, the institutional contributions listed with their links, and the map layers to
 * download as GeoJSON.
 *
 * @param workshops the workshops' map
 * @param institutions the map of institutional contributions that carry a location
 * @param institutional those contributions, by reference
 * @param layers the GeoJSON layers to download
 */
public record MapView(
    ChartView workshops,
    ChartView institutions,
    List<Contribution> institutional,
    List<Layer> layers) {

  /** Copies the lists. */
  public MapView {
    institutional = List.copyOf(institutional);
    layers = List.copyOf(layers);
  }

  /**
   * A GeoJSON layer to download.
   *
   * @param label what it holds
   * @param href where to download it
   */
  public record Layer(String label, String href) {}
}
