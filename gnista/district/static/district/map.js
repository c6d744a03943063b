/* The district map: draws the places of the GeoJSON endpoint with Leaflet (vendored).
 *
 * Everything it shows is also in the server-rendered list beside it, which is the version
 * for keyboards, screen readers and browsers without JavaScript; the map element stays
 * hidden unless this script runs. Configuration comes from data- attributes on the map
 * element (no inline script: the Content Security Policy forbids it):
 *   data-features-url, data-tile-url (empty: no tiles), data-tile-attribution (HTML),
 *   data-latitude, data-longitude, data-zoom, and translated texts data-zoom-in,
 *   data-zoom-out, data-close, data-error.
 */
(function () {
  "use strict";

  const element = document.getElementById("district-map");
  if (!element || typeof window.L === "undefined") {
    return;
  }
  const L = window.L;
  const config = element.dataset;
  const status = document.getElementById("map-status");

  function showError() {
    if (status) {
      status.textContent = config.error || "";
    }
  }

  element.hidden = false;
  document.querySelectorAll("[data-map-only]").forEach(function (other) {
    other.hidden = false;
  });

  const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const map = L.map(element, {
    zoomControl: false,
    scrollWheelZoom: false, // scrolling the page over the map scrolls the page
    zoomAnimation: !calm,
    fadeAnimation: !calm,
    markerZoomAnimation: !calm,
  });
  L.control.zoom({ zoomInTitle: config.zoomIn, zoomOutTitle: config.zoomOut }).addTo(map);
  map.setView([Number(config.latitude), Number(config.longitude)], Number(config.zoom));
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: 19 }).addTo(map);
  }

  // Popups and the keyboard: a popup opened from a focused marker (Enter) takes the focus
  // to its first link; Escape closes it wherever the focus is in the map (Leaflet only
  // listens while the map itself has the focus), and closing it gives the focus back to
  // the marker. Leaflet names the close button in English only.
  let openPopup = null;

  function markerOf(popup) {
    const source = popup && popup._source;
    return source && source.getElement ? source.getElement() : null;
  }

  map.on("popupopen", function (event) {
    openPopup = event.popup;
    const container = event.popup.getElement();
    const button = container.querySelector(".leaflet-popup-close-button");
    if (button && config.close) {
      button.setAttribute("aria-label", config.close);
      button.title = config.close;
    }
    const marker = markerOf(event.popup);
    const link = container.querySelector(".map-popup a");
    if (marker && link && document.activeElement === marker) {
      link.focus();
    }
  });
  map.on("popupclose", function (event) {
    openPopup = null;
    const container = event.popup.getElement();
    const focusWasInside =
      document.activeElement === document.body || (container && container.contains(document.activeElement));
    const marker = markerOf(event.popup);
    if (focusWasInside && marker) {
      marker.focus();
    }
  });
  element.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && openPopup) {
      map.closePopup();
    }
  });

  function withLang(node, properties) {
    if (properties.lang && properties.lang !== document.documentElement.lang) {
      node.lang = properties.lang;
    }
    return node;
  }

  function swatch(kind) {
    const shape = document.createElement("span");
    shape.className = "map-swatch map-swatch--" + kind;
    shape.setAttribute("aria-hidden", "true");
    return shape;
  }

  // Each marker is a button named by its kind and title (its own element: Leaflet moves
  // an element given as icon HTML, so markers cannot share one). Markers at the same spot
  // (a hub and its events) are fanned out around it so that each can be seen and clicked.
  function markerIcon(properties, index, count) {
    let dx = 0;
    let dy = 0;
    if (count > 1) {
      const radius = Math.max(14, (count * 26) / (2 * Math.PI));
      const angle = (2 * Math.PI * index) / count - Math.PI / 2;
      dx = Math.round(radius * Math.cos(angle));
      dy = Math.round(radius * Math.sin(angle));
    }
    const content = document.createElement("span");
    const name = document.createElement("span");
    name.className = "visually-hidden";
    name.append(properties.kind_name + ": ", withLang(document.createElement("span"), properties));
    name.lastChild.textContent = properties.title;
    content.append(swatch(properties.kind), name);
    return L.divIcon({
      html: content,
      className: "map-marker map-marker--" + properties.kind,
      iconSize: [24, 24],
      iconAnchor: [12 - dx, 12 - dy],
      popupAnchor: [dx, dy - 12],
    });
  }

  // The popup lists every place at the marker's spot (hubs and their events share one),
  // the marker's own first.
  function popupContent(feature, neighbours) {
    const list = document.createElement("ul");
    list.className = "map-popup";
    [feature].concat(neighbours.filter((other) => other !== feature)).forEach(function (item) {
      const properties = item.properties;
      const entry = document.createElement("li");
      const kind = document.createElement("span");
      kind.className = "map-popup__kind";
      kind.append(swatch(properties.kind), properties.kind_name);
      const link = withLang(document.createElement("a"), properties);
      link.href = properties.url;
      link.textContent = properties.title;
      entry.append(kind, link);
      if (properties.subtitle) {
        const detail = document.createElement("span");
        detail.className = "map-popup__detail";
        detail.textContent = properties.subtitle;
        entry.append(detail);
      }
      list.append(entry);
    });
    return list;
  }

  function draw(collection) {
    const features = (collection.features || []).filter(Boolean);
    const places = features.filter((feature) => feature.geometry && feature.geometry.type === "Point");
    const areas = features.filter((feature) => feature.geometry && feature.geometry.type !== "Point");
    const bounds = L.latLngBounds([]);

    areas.forEach(function (feature) {
      const layer = L.geoJSON(feature, {
        interactive: false,
        style: { color: "#0b4f6c", weight: 2, dashArray: "6 4", fillColor: "#0b4f6c", fillOpacity: 0.06 },
      }).addTo(map);
      bounds.extend(layer.getBounds());
    });

    const bySpot = new Map();
    places.forEach(function (feature) {
      const spot = feature.geometry.coordinates.join(",");
      bySpot.set(spot, (bySpot.get(spot) || []).concat([feature]));
    });
    places.forEach(function (feature) {
      const [longitude, latitude] = feature.geometry.coordinates;
      const properties = feature.properties;
      const neighbours = bySpot.get(feature.geometry.coordinates.join(","));
      const marker = L.marker([latitude, longitude], {
        icon: markerIcon(properties, neighbours.indexOf(feature), neighbours.length),
        title: properties.kind_name + ": " + properties.title,
        riseOnHover: true,
      });
      marker.bindPopup(() => popupContent(feature, neighbours), { maxWidth: 280, maxHeight: 280 });
      marker.addTo(map);
      bounds.extend([latitude, longitude]);
    });

    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    }
    element.dataset.ready = String(places.length);
  }

  fetch(config.featuresUrl, { headers: { Accept: "application/geo+json" }, credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    })
    .then(draw)
    .catch(showError);
})();
