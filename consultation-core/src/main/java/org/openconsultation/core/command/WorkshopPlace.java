package org.openconsultation.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Place;

/**
 * Where a workshop is held, as given in a command.
 *
 * @param name the venue
 * @param address the postal address
 * @param territory a territory code such as {@code 971}
 * @param point the position
 * @param zone the local time zone
 */
public record WorkshopPlace(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 500) String address,
    @NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,12}", message = "{openconsultation.territory}")
        String territory,
    @NotNull GeoPoint point,
    @NotNull ZoneId zone) {

  /** The model value; call only on a validated command. */
  public Place toPlace() {
    return new Place(name, address, territory, point, zone);
  }
}
