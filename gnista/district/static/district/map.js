/* The district map: draws the places of the GeoJSON endpoint with Leaflet (vendored).
 *
 * Everything it shows is also in the server-rendered list beside it (the first of each
 * kind, with links to the full lists), which is the version for keyboards, screen readers
 * and browsers without JavaScript; the map element stays hidden unless this script runs.
 * Configuration comes from data- attributes on the map element (no inline script: the
 * Content Security Policy forbids it):
 *   data-features-url, data-tile-url (empty: no tiles), data-tile-attribution (HTML),
 *   data-latitude, data-longitude, data-zoom, and translated texts data-zoom-in,
 *   data-zoom-out, data-close, data-error, data-spot.
 *
 * The first answer covers the whole map. When the places are too many to draw one by one
 * the server groups them (features of kind "group" with a count and their bounds); the map
 * then asks again for the part it shows (bbox=west,south,east,north) whenever it is moved,
 * and choosing a group zooms into it.
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
  const MAX_ZOOM = 19;
  // More places than this at one spot (a hub's events) share one marker, whose popup lists them.
  const FAN_OUT = 8;
  const map = L.map(element, {
    maxZoom: MAX_ZOOM,
    zoomControl: false,
    scrollWheelZoom: false, // scrolling the page over the map scrolls the page
    zoomAnimation: !calm,
    fadeAnimation: !calm,
    markerZoomAnimation: !calm,
  });
  L.control.zoom({ zoomInTitle: config.zoomIn, zoomOutTitle: config.zoomOut }).addTo(map);
  map.setView([Number(config.latitude), Number(config.longitude)], Number(config.zoom));
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: MAX_ZOOM }).addTo(map);
  }

  // Popups and the keyboard: a popup opened from a focused marker (Enter) takes the focus
  // to its first link; Escape closes it wherever the focus is in the map (Leaflet only
  // listens while the map itself has the focus), and closing it gives the focus back to
  // the marker. Leaflet names the close button in English only.
  let openPopup = null;
  let stale = false; // the map moved while a popup was open

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
    if (stale) {
      window.setTimeout(reload, 0);
    }
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
  function markerIcon(properties, index, count, label, spoken) {
    let dx = 0;
    let dy = 0;
    if (count > 1) {
      const radius = Math.max(14, (count * 26) / (2 * Math.PI));
      const angle = (2 * Math.PI * index) / count - Math.PI / 2;
      dx = Math.round(radius * Math.cos(angle));
      dy = Math.round(radius * Math.sin(angle));
    }
    const size = properties.kind === "group" ? 32 : 24;
    const content = document.createElement("span");
    const name = document.createElement("span");
    name.className = "visually-hidden";
    if (spoken) {
      name.textContent = spoken;
    } else {
      name.append(properties.kind_name + ": ", withLang(document.createElement("span"), properties));
      name.lastChild.textContent = properties.title;
    }
    content.append(swatch(properties.kind), name);
    if (label) {
      const shown = document.createElement("span");
      shown.className = "map-marker__count";
      shown.setAttribute("aria-hidden", "true");
      shown.textContent = label;
      content.append(shown);
    }
    return L.divIcon({
      html: content,
      className: "map-marker map-marker--" + properties.kind + (label ? " map-marker--counted" : ""),
      iconSize: [size, size],
      iconAnchor: [size / 2 - dx, size / 2 - dy],
      popupAnchor: [dx, dy - size / 2],
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
      // A group has no page of its own: its popup (at the closest zoom) says what it holds.
      const link = withLang(document.createElement(properties.url ? "a" : "strong"), properties);
      if (properties.url) {
        link.href = properties.url;
      }
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

  const markers = L.layerGroup().addTo(map);
  let complete = false; // the last answer held every place: nothing more to ask for
  let asked = null; // the part of the map the last answer covers, and at which zoom
  let pending = null;
  let first = true;

  function boxOf(bounds) {
    return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
      .map((number) => number.toFixed(6))
      .join(",");
  }

  function groupMarker(feature) {
    const properties = feature.properties;
    const [longitude, latitude] = feature.geometry.coordinates;
    const marker = L.marker([latitude, longitude], {
      icon: markerIcon(properties, 0, 1, String(properties.count)),
      title: properties.kind_name + ": " + properties.title,
      riseOnHover: true,
    });
    const [west, south, east, north] = properties.bounds;
    const bounds = L.latLngBounds([south, west], [north, east]);
    function choose() {
      if (map.getZoom() >= MAX_ZOOM) {
        if (!marker.getPopup()) {
          marker.bindPopup(() => popupContent(feature, []), { maxWidth: 280 }).openPopup();
        } // else Leaflet opens and closes it
      } else if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
        map.setView(bounds.getCenter(), Math.min(map.getZoom() + 3, MAX_ZOOM));
      } else {
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: MAX_ZOOM });
      }
    }
    marker.on("click", choose);
    // Leaflet opens a marker's popup on Enter but sends no click: a group has no popup.
    marker.on("add", function () {
      marker.getElement().addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          choose();
        }
      });
    });
    return { marker, bounds };
  }

  function placeMarker(feature, neighbours) {
    const [longitude, latitude] = feature.geometry.coordinates;
    const properties = feature.properties;
    const crowded = neighbours.length > FAN_OUT;
    const spoken = (config.spot || "") + ": " + neighbours.length;
    const marker = L.marker([latitude, longitude], {
      icon: crowded
        ? markerIcon(properties, 0, 1, String(neighbours.length), spoken)
        : markerIcon(properties, neighbours.indexOf(feature), neighbours.length),
      title: crowded ? spoken : properties.kind_name + ": " + properties.title,
      riseOnHover: true,
    });
    marker.bindPopup(() => popupContent(feature, neighbours), { maxWidth: 280, maxHeight: 280 });
    return marker;
  }

  function draw(collection, bbox) {
    const features = (collection.features || []).filter(Boolean);
    const places = features.filter((feature) => feature.geometry && feature.geometry.type === "Point");
    const areas = features.filter((feature) => feature.geometry && feature.geometry.type !== "Point");
    const bounds = L.latLngBounds([]);
    const focused = element.contains(document.activeElement) && document.activeElement !== element;

    if (first) {
      areas.forEach(function (feature) {
        const layer = L.geoJSON(feature, {
          interactive: false,
          style: { color: "#0b4f6c", weight: 2, dashArray: "6 4", fillColor: "#0b4f6c", fillOpacity: 0.06 },
        }).addTo(map);
        bounds.extend(layer.getBounds());
      });
    }

    markers.clearLayers();
    const bySpot = new Map();
    places.forEach(function (feature) {
      if (feature.properties.kind !== "group") {
        const spot = feature.geometry.coordinates.join(",");
        bySpot.set(spot, (bySpot.get(spot) || []).concat([feature]));
      }
    });
    let drawn = 0;
    places.forEach(function (feature) {
      if (feature.properties.kind === "group") {
        const group = groupMarker(feature);
        group.marker.addTo(markers);
        bounds.extend(group.bounds);
        drawn += 1;
        return;
      }
      const [longitude, latitude] = feature.geometry.coordinates;
      const neighbours = bySpot.get(feature.geometry.coordinates.join(","));
      bounds.extend([latitude, longitude]);
      if (neighbours.length > FAN_OUT && neighbours[0] !== feature) {
        return; // drawn once, with the first of them
      }
      placeMarker(feature, neighbours).addTo(markers);
      drawn += 1;
    });

    complete = !collection.grouped && !bbox;
    if (asked) {
      asked.grouped = Boolean(collection.grouped);
    }
    if (first) {
      first = false;
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16, animate: false });
      }
    }
    if (focused) {
      element.focus(); // the marker that had the focus is gone
    }
    element.dataset.ready = String(drawn);
  }

  function load(bbox) {
    let url = config.featuresUrl;
    if (bbox) {
      url += (url.includes("?") ? "&" : "?") + "bbox=" + bbox;
    }
    if (pending) {
      pending.abort();
    }
    const controller = new AbortController();
    pending = controller;
    element.setAttribute("aria-busy", "true");
    fetch(url, {
      headers: { Accept: "application/geo+json" },
      credentials: "same-origin",
      signal: controller.signal,
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (collection) {
        if (pending !== controller) {
          return;
        }
        pending = null;
        draw(collection, bbox);
        element.removeAttribute("aria-busy");
      })
      .catch(function (error) {
        if (error.name !== "AbortError") {
          element.removeAttribute("aria-busy");
          showError();
        }
      });
  }

  // Ask again for the part of the map shown (and some around it, for moving a little),
  // unless the last answer had every place or already covers it at this zoom.
  function reload() {
    stale = false;
    if (complete || first) {
      return;
    }
    const view = map.getBounds();
    // Within what was asked, a grouped answer holds at its zoom only; one by one, at any.
    if (asked && asked.bounds.contains(view) && (asked.grouped === false || asked.zoom === map.getZoom())) {
      return;
    }
    const padded = view.pad(0.5);
    asked = { bounds: padded, zoom: map.getZoom() };
    load(boxOf(padded));
  }

  map.on("moveend", function () {
    if (openPopup) {
      stale = true; // a popup moves the map to show itself: keep its marker until it closes
      return;
    }
    reload();
  });

  load(null);
})();
